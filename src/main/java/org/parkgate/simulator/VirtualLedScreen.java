package org.parkgate.simulator;

import com.fazecast.jSerialComm.SerialPort;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.parkgate.gate.ledscreen.LedFrame;
import org.parkgate.gate.ledscreen.LedScreenReading;

/**
 * A lane's LED screen in software on a serial port: takes the screen protocol's frames, checks
 * their CRC (a frame that fails it is dropped, as a screen drops it, and the bytes are searched
 * for the next frame), answers each with the screen's ACK, and prints what it shows and says.
 *
 * <p>{@code java -jar parkgate.jar simulate-screen --port <tty> [--baud 9600] [--address 0]}
 */
public final class VirtualLedScreen implements AutoCloseable {

    private final SerialPort port;
    private final int address;
    private final LedScreenReading screen;
    private final PrintStream out;
    private final Consumer<LedScreenReading> shown;
    private final Thread reader;
    private volatile boolean closed;

    public VirtualLedScreen(String portName, int baud, int address, PrintStream out, Consumer<LedScreenReading> shown) {
        this.address = address;
        this.screen = new LedScreenReading(address);
        this.out = out;
        this.shown = shown;
        port = SerialPort.getCommPort(portName);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 200, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("cannot open " + portName);
        }
        out.printf("virtual LED screen on %s, %d baud, address %d%n", portName, baud, address);
        reader = Thread.ofPlatform().name("virtual-led-screen").daemon().start(this::read);
    }

    private void read() {
        byte[] buffer = new byte[4096];
        int have = 0;
        while (!closed) {
            int read = port.readBytes(buffer, buffer.length - have, have);
            if (read < 0) {
                return;
            }
            have += read;
            while (true) {
                int length = LedFrame.length(buffer, have);
                if (length < 0 || have < length) {
                    break;
                }
                int used = take(Arrays.copyOf(buffer, length)) ? length : 1; // not a frame: look from the next byte
                System.arraycopy(buffer, used, buffer, 0, have - used);
                have -= used;
            }
            if (have == buffer.length) {
                have = 0;
            }
        }
    }

    private boolean take(byte[] bytes) {
        LedFrame frame;
        try {
            frame = LedFrame.parse(bytes);
        } catch (IllegalArgumentException notAFrame) {
            return false;
        }
        if (frame.address() != address) {
            return true; // another screen's on the same bus
        }
        LedFrame answer;
        synchronized (screen) {
            answer = screen.receive(frame);
            print(frame.command());
            shown.accept(screen);
        }
        byte[] ack = answer.bytes();
        port.writeBytes(ack, ack.length);
        return true;
    }

    private void print(int command) {
        List<String> lines = screen.lines();
        out.printf("0x%02X  screen: %s%n", command, String.join(" | ", lines));
        screen.spoken().forEach(text -> out.println("      says: " + text));
        screen.clearSpoken();
        if (screen.payQr() != null) {
            out.printf("      pay screen: %d.%d yuan, QR %s, %s%n", screen.payTenths() / 10, screen.payTenths() % 10,
                    screen.payQr(), screen.payText());
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            reader.join(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        port.closePort();
    }

    /** The {@code simulate-screen} command. */
    public static void main(String[] args) throws Exception {
        String port = null;
        int baud = 9600;
        int address = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = args[i + 1];
                case "--baud" -> baud = Integer.parseInt(args[i + 1]);
                case "--address" -> address = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (port == null) {
            System.err.println("usage: java -jar parkgate.jar simulate-screen --port <tty> [--baud 9600] [--address 0]");
            System.exit(2);
        }
        // UTF-8 whatever the console's code page: the lines are Chinese
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (var screen = new VirtualLedScreen(port, baud, address, out, shown -> { })) {
            Runtime.getRuntime().addShutdownHook(new Thread(screen::close));
            Thread.currentThread().join();
        }
    }
}
