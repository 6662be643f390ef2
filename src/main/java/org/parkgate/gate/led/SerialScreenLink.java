package org.parkgate.gate.led;

import com.fazecast.jSerialComm.SerialPort;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.gate.ledscreen.LedCommands;
import org.parkgate.gate.ledscreen.LedFrame;

/**
 * A screen on a serial port of this PC (RS-485, 8N1), driven from a thread of its own so that no
 * lane ever waits for it. Each frame waits for the screen's answer for the time-out; a text (0x62,
 * 0x6E) the screen does not acknowledge with ACK 0 is sent once more, and when that is not
 * acknowledged either the link is {@linkplain #silent() silent} until the screen answers again.
 * A newer message replaces one not yet sent, so a screen back after a break shows what the lane
 * shows now, not a queue of old ones. A port that cannot be opened is tried again at most once a
 * second.
 */
final class SerialScreenLink implements ScreenLink {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SerialScreenLink.class);
    private static final long REOPEN_MILLIS = 1000;

    private final String portName;
    private final int baud;
    private final Duration ackTimeout;
    private final Runnable silenceChanged;
    private final Thread worker;
    private final ArrayDeque<LedFrame> always = new ArrayDeque<>();
    private @Nullable List<LedFrame> message;
    private boolean closed;
    private volatile boolean silent;
    private @Nullable SerialPort port; // on the worker thread only
    private long openedAt;

    SerialScreenLink(String laneId, String portName, int baud, Duration ackTimeout, Runnable silenceChanged) {
        this.portName = portName;
        this.baud = baud;
        this.ackTimeout = ackTimeout;
        this.silenceChanged = silenceChanged;
        this.worker = Thread.ofPlatform().name("led-screen-" + laneId).daemon().start(this::run);
    }

    @Override
    public synchronized void show(List<LedFrame> frames) {
        message = List.copyOf(frames);
        notifyAll();
    }

    @Override
    public synchronized void always(LedFrame frame) {
        always.add(frame);
        notifyAll();
    }

    @Override
    public boolean silent() {
        return silent;
    }

    private void run() {
        try {
            while (true) {
                List<LedFrame> next = next();
                if (next == null) {
                    return;
                }
                boolean answered = true;
                for (LedFrame frame : next) {
                    answered &= deliver(frame);
                }
                if (answered == silent) {
                    silent = !answered;
                    log.warn("LED screen on {} {}", portName, silent ? "does not acknowledge: display alarm" : "answers again");
                    silenceChanged.run();
                }
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } finally {
            closePort();
        }
    }

    private synchronized @Nullable List<LedFrame> next() throws InterruptedException {
        while (!closed && always.isEmpty() && message == null) {
            wait();
        }
        if (closed) {
            return null;
        }
        List<LedFrame> next = new ArrayList<>(always);
        always.clear();
        if (message != null) {
            next.addAll(message);
            message = null;
        }
        return next;
    }

    /** Sends one frame; false only for a text that was not acknowledged, after one more try. */
    private boolean deliver(LedFrame frame) {
        boolean text = frame.command() == LedCommands.TEXT_LINE || frame.command() == LedCommands.LINES_AND_VOICE;
        if (exchange(frame) || !text) {
            return true;
        }
        return exchange(frame);
    }

    /** Writes the frame and waits for the screen's ACK 0 to it for the time-out. */
    private boolean exchange(LedFrame frame) {
        SerialPort open = open();
        if (open == null) {
            return false;
        }
        byte[] skipped = new byte[256];
        while (open.bytesAvailable() > 0 && open.readBytes(skipped, skipped.length) > 0) {
            // an answer that came too late belongs to an earlier frame
        }
        byte[] bytes = frame.bytes();
        if (open.writeBytes(bytes, bytes.length) != bytes.length) {
            closePort();
            return false;
        }
        LedFrame answer = answer(open, System.nanoTime() + ackTimeout.toNanos());
        return answer != null && answer.acknowledges(frame.command());
    }

    private static @Nullable LedFrame answer(SerialPort open, long deadline) {
        byte[] buffer = new byte[LedFrame.MAX_DATA + 16];
        int have = 0;
        while (true) {
            int wanted = LedFrame.length(buffer, have);
            if (wanted > 0 && have >= wanted) {
                try {
                    return LedFrame.parse(Arrays.copyOf(buffer, wanted));
                } catch (IllegalArgumentException garbled) {
                    return null;
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            open.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) left, 0);
            int read = open.readBytes(buffer, Math.min(buffer.length - have, wanted > 0 ? wanted - have : 6 - have), have);
            if (read < 0) {
                return null;
            }
            have += read;
        }
    }

    private @Nullable SerialPort open() {
        if (port != null && port.isOpen()) {
            return port;
        }
        long now = System.nanoTime();
        if (openedAt != 0 && (now - openedAt) / 1_000_000 < REOPEN_MILLIS) {
            return null;
        }
        openedAt = now;
        SerialPort fresh = SerialPort.getCommPort(portName);
        fresh.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        if (!fresh.openPort()) {
            log.debug("LED screen port {} cannot be opened", portName);
            return null;
        }
        port = fresh;
        return fresh;
    }

    private void closePort() {
        SerialPort open = port;
        port = null;
        if (open != null) {
            open.closePort();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            worker.join(2000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
