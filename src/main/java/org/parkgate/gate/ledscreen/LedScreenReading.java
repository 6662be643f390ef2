package org.parkgate.gate.ledscreen;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a screen makes of the frames it is sent, as the virtual screen and the tests read them: the
 * lines it shows, what it says, the pay screen's QR code, the free spaces and its clock. Each frame
 * is answered as a screen answers it: ACK 0 for a frame understood, 1 for one it does not know or
 * cannot read. A text line in several packets is shown once its last packet is in.
 */
public final class LedScreenReading {

    static final int NOT_UNDERSTOOD = 1;

    private final int address;
    private final String[] lines = new String[LedCommands.MAX_LINES];
    private final List<String> spoken = new ArrayList<>();
    private final ByteArrayOutputStream pendingLine = new ByteArrayOutputStream();
    private int nextPacket;
    private @Nullable String payQr;
    private @Nullable String payText;
    private long payTenths;
    private int freeSpaces = -1;
    private @Nullable LocalDateTime clock;

    public LedScreenReading(int address) {
        this.address = address;
        Arrays.fill(lines, "");
    }

    /** Takes one frame meant for this screen and returns the screen's answer. */
    public LedFrame receive(LedFrame frame) {
        byte[] data = frame.data();
        try {
            boolean understood = switch (frame.command()) {
                case LedCommands.TEXT_LINE -> textLinePacket(frame.packet(), data);
                case LedCommands.LINES_AND_VOICE -> linesAndVoice(data);
                case LedCommands.VOICE -> voice(data);
                case LedCommands.PAY_SCREEN -> payScreen(data);
                case LedCommands.FREE_SPACES -> freeSpaces(data);
                case LedCommands.CLOCK -> clock(data);
                default -> false;
            };
            return LedFrame.ack(address, frame.command(), understood ? 0 : NOT_UNDERSTOOD);
        } catch (IndexOutOfBoundsException | java.time.DateTimeException unreadable) {
            return LedFrame.ack(address, frame.command(), NOT_UNDERSTOOD);
        }
    }

    /** The lines shown, top first (empty where nothing was sent). */
    public List<String> lines() {
        return List.of(lines);
    }

    /** Everything said since the last {@link #clearSpoken()}, one entry per voice text. */
    public List<String> spoken() {
        return List.copyOf(spoken);
    }

    public void clearSpoken() {
        spoken.clear();
    }

    public @Nullable String payQr() {
        return payQr;
    }

    public @Nullable String payText() {
        return payText;
    }

    /** The pay screen's amount in tenths of a yuan. */
    public long payTenths() {
        return payTenths;
    }

    /** The free-spaces screen's number, -1 before one was sent. */
    public int freeSpaces() {
        return freeSpaces;
    }

    public @Nullable LocalDateTime clock() {
        return clock;
    }

    private boolean textLinePacket(int packet, byte[] data) {
        if (packet == 0 || packet == LedFrame.LAST_PACKET && nextPacket == 0) {
            pendingLine.reset(); // a new text: what an interrupted one left is dropped
        } else if (packet != nextPacket && packet != LedFrame.LAST_PACKET) {
            pendingLine.reset();
            nextPacket = 0;
            return false;
        }
        pendingLine.writeBytes(data);
        if (packet != LedFrame.LAST_PACKET) {
            nextPacket = packet + 1;
            return true;
        }
        nextPacket = 0;
        byte[] whole = pendingLine.toByteArray();
        pendingLine.reset();
        if (whole.length < LedCommands.TEXT_LINE_HEADER) {
            return false;
        }
        int line = whole[0] & 0xFF;
        int length = (whole[17] & 0xFF) | (whole[18] & 0xFF) << 8;
        if (line >= lines.length || whole.length != LedCommands.TEXT_LINE_HEADER + length) {
            return false;
        }
        lines[line] = GbkText.decode(Arrays.copyOfRange(whole, LedCommands.TEXT_LINE_HEADER, whole.length));
        payQr = null;
        return true;
    }

    private boolean linesAndVoice(byte[] data) {
        int count = data[1] & 0xFF;
        if (count < 1 || count > lines.length) {
            return false;
        }
        Arrays.fill(lines, "");
        int at = 2;
        for (int i = 0; i < count; i++) {
            int line = data[at] & 0xFF;
            int length = data[at + 9] & 0xFF;
            if (line >= lines.length) {
                return false;
            }
            lines[line] = GbkText.decode(Arrays.copyOfRange(data, at + 10, at + 10 + length));
            at += 10 + length + 1;
        }
        if (data[at] != 0x0A) {
            return false;
        }
        int voice = data[at + 1] & 0xFF;
        if (voice > 0) {
            spoken.add(GbkText.decode(Arrays.copyOfRange(data, at + 2, at + 2 + voice)));
        }
        payQr = null;
        return true;
    }

    private boolean voice(byte[] data) {
        if (data.length < 2 || data[0] < 0 || data[0] > 2) {
            return false;
        }
        if (data[0] == LedCommands.VOICE_CLEAR_THEN_PLAY) {
            spoken.clear();
        }
        spoken.add(GbkText.decode(Arrays.copyOfRange(data, 1, data.length)));
        return true;
    }

    private boolean payScreen(byte[] data) {
        int qrLength = data[13] & 0xFF;
        int textLength = data[14] & 0xFF;
        if (data.length != LedCommands.PAY_SCREEN_HEADER + qrLength + 1 + textLength + 1) {
            return false;
        }
        payQr = GbkText.decode(Arrays.copyOfRange(data, LedCommands.PAY_SCREEN_HEADER, LedCommands.PAY_SCREEN_HEADER + qrLength));
        int textAt = LedCommands.PAY_SCREEN_HEADER + qrLength + 1;
        payText = GbkText.decode(Arrays.copyOfRange(data, textAt, textAt + textLength));
        payTenths = littleEndian(data, 9);
        if ((data[15] & 0x01) != 0) {
            spoken.add(payText);
        }
        return true;
    }

    private boolean freeSpaces(byte[] data) {
        if (data.length != 9) {
            return false;
        }
        freeSpaces = (int) littleEndian(data, 5);
        return true;
    }

    private boolean clock(byte[] data) {
        if (data.length != 8) {
            return false;
        }
        clock = LocalDateTime.of((data[0] & 0xFF) | (data[1] & 0xFF) << 8, data[2], data[3], data[5], data[6], data[7]);
        return true;
    }

    private static long littleEndian(byte[] data, int at) {
        long value = 0;
        for (int i = 3; i >= 0; i--) {
            value = value << 8 | (data[at + i] & 0xFF);
        }
        return value;
    }
}
