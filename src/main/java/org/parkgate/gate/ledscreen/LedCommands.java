package org.parkgate.gate.ledscreen;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The frames of what a lane's LED screen shows and says, for the screen at {@code address}. Texts
 * are GBK and cut to what each command carries; a text line longer than one frame goes in several
 * (packet numbers 0, 1, ... and 0xFFFF for the last: the protocol numbers the packets but does not
 * say where the count starts), a long spoken text in several voice commands, queued one after the
 * other.
 */
public final class LedCommands {

    public static final int CLOCK = 0x05;
    public static final int VOICE = 0x30;
    public static final int TEXT_LINE = 0x62;
    public static final int LINES_AND_VOICE = 0x6E;
    public static final int PAY_SCREEN = 0xE1;
    public static final int FREE_SPACES = 0xE3;

    /** Lines a screen has at most (0x6E). */
    public static final int MAX_LINES = 4;

    /** Bytes of one line's text in 0x6E. */
    public static final int LINE_BYTES = 32;

    /** Bytes of the voice text in 0x6E. */
    static final int LINE_VOICE_BYTES = 64;

    /** Bytes of a 0x62 text (its length field has 16 bits; the screens take 2 KB). */
    static final int TEXT_LINE_BYTES = 2048;

    /** Bytes of a 0x30 text: one option byte beside it in a frame. */
    static final int VOICE_BYTES = LedFrame.MAX_DATA - 1;

    /** The fixed part of a 0x62 text's data before the text. */
    static final int TEXT_LINE_HEADER = 19;

    /** The fixed part of a 0xE1 frame's data before the QR code's text. */
    static final int PAY_SCREEN_HEADER = 32;

    static final int VOICE_QUEUE_AND_PLAY = 0x01;
    static final int VOICE_CLEAR_THEN_PLAY = 0x02;

    private final int address;

    public LedCommands(int address) {
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("a screen address is 0 to 255: " + address);
        }
        this.address = address;
    }

    /** 0x62: {@code text} on line {@code line} (0 = the top one) until replaced, in one frame or more. */
    public List<LedFrame> textLine(int line, String text, LineStyle style) {
        byte[] body = GbkText.cut(text, TEXT_LINE_BYTES);
        var data = new ByteArrayOutputStream();
        data.writeBytes(new byte[] {(byte) line, (byte) style.entryMode(), (byte) style.speed(), 0, (byte) style.stay(),
                (byte) style.exitMode(), (byte) style.exitSpeed(), (byte) style.font(), (byte) style.repeats()});
        data.writeBytes(rgba(style.colour()));
        data.writeBytes(rgba(style.background()));
        data.writeBytes(new byte[] {(byte) body.length, (byte) (body.length >>> 8)});
        data.writeBytes(body);
        return packets(TEXT_LINE, data.toByteArray());
    }

    /**
     * 0x6E: up to four lines (each cut to 32 bytes) and a spoken text (cut to 64 bytes; empty for
     * none) in one frame, to the screen's temporary memory (it forgets them when switched off).
     */
    public LedFrame linesAndVoice(List<String> lines, String voice, List<LineStyle> styles) {
        if (lines.isEmpty() || lines.size() > MAX_LINES || styles.size() != lines.size()) {
            throw new IllegalArgumentException("one to four lines, each with its style");
        }
        var data = new ByteArrayOutputStream();
        data.write(0); // temporary, not stored
        data.write(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineStyle style = styles.get(i);
            byte[] text = GbkText.cut(lines.get(i), LINE_BYTES);
            data.writeBytes(new byte[] {(byte) i, (byte) style.entryMode(), (byte) style.speed(), (byte) style.stay(),
                    (byte) style.repeats()});
            data.writeBytes(rgba(style.colour()));
            data.write(text.length);
            data.writeBytes(text);
            data.write(i == lines.size() - 1 ? 0x00 : 0x0D);
        }
        byte[] spoken = GbkText.cut(voice, LINE_VOICE_BYTES);
        data.write(0x0A);
        data.write(spoken.length);
        data.writeBytes(spoken);
        data.write(0x00);
        return new LedFrame(address, LedFrame.LAST_PACKET, LINES_AND_VOICE, data.toByteArray());
    }

    /** 0x30: speaks {@code text}; {@code interrupt} first silences what the screen is still saying. */
    public List<LedFrame> speak(String text, boolean interrupt) {
        List<LedFrame> frames = new ArrayList<>();
        for (byte[] piece : GbkText.pieces(text, VOICE_BYTES)) {
            byte option = (byte) (interrupt && frames.isEmpty() ? VOICE_CLEAR_THEN_PLAY : VOICE_QUEUE_AND_PLAY);
            byte[] data = new byte[piece.length + 1];
            data[0] = option;
            System.arraycopy(piece, 0, data, 1, piece.length);
            frames.add(new LedFrame(address, LedFrame.LAST_PACKET, VOICE, data));
        }
        return frames;
    }

    /** Whether a pay screen can carry a QR code of this text (with a short text beside it). */
    public static boolean fitsPayScreen(String qrPayload) {
        return fitsPayScreen(GbkText.of(qrPayload));
    }

    private static boolean fitsPayScreen(byte[] qr) {
        return qr.length <= LedFrame.MAX_DATA - PAY_SCREEN_HEADER - 2 - 40;
    }

    /**
     * 0xE1: the pay screen, a QR code of {@code qrPayload} beside {@code text} (cut to what the frame
     * leaves), for {@code seconds} (0 = until replaced); {@code speak} has the screen also say the text.
     *
     * @throws IllegalArgumentException if the QR code's text does not {@linkplain #fitsPayScreen fit}
     */
    public LedFrame payScreen(String qrPayload, String text, long amountFen, int seconds, boolean speak) {
        byte[] qr = GbkText.of(qrPayload);
        if (!fitsPayScreen(qr)) {
            throw new IllegalArgumentException("a pay link too long for the pay screen: " + qrPayload.length());
        }
        byte[] words = GbkText.cut(text, LedFrame.MAX_DATA - PAY_SCREEN_HEADER - qr.length - 2);
        byte[] data = new byte[PAY_SCREEN_HEADER + qr.length + 1 + words.length + 1];
        data[0] = 1; // shown
        data[3] = (byte) seconds;
        littleEndian(data, 9, Math.ceilDiv(amountFen, 10)); // in tenths of a yuan
        data[13] = (byte) qr.length;
        data[14] = (byte) words.length;
        data[15] = (byte) (speak ? 0x81 : 0x80); // with text, spoken or not
        System.arraycopy(qr, 0, data, PAY_SCREEN_HEADER, qr.length);
        System.arraycopy(words, 0, data, PAY_SCREEN_HEADER + qr.length + 1, words.length);
        return new LedFrame(address, LedFrame.LAST_PACKET, PAY_SCREEN, data);
    }

    /** 0xE3: the free-spaces screen with {@code spaces}, for {@code seconds} (0 = until replaced). */
    public LedFrame freeSpaces(int spaces, int seconds) {
        byte[] data = new byte[9];
        data[0] = 1;
        data[3] = (byte) seconds;
        littleEndian(data, 5, Math.max(0, spaces));
        return new LedFrame(address, LedFrame.LAST_PACKET, FREE_SPACES, data);
    }

    /** 0x05: sets the screen's clock (its idle screen shows the time). */
    public LedFrame clock(LocalDateTime now) {
        int year = now.getYear();
        return new LedFrame(address, LedFrame.LAST_PACKET, CLOCK, new byte[] {(byte) year, (byte) (year >>> 8),
                (byte) now.getMonthValue(), (byte) now.getDayOfMonth(), (byte) (now.getDayOfWeek().getValue() % 7 + 1),
                (byte) now.getHour(), (byte) now.getMinute(), (byte) now.getSecond()});
    }

    private List<LedFrame> packets(int command, byte[] data) {
        List<LedFrame> frames = new ArrayList<>();
        for (int start = 0, packet = 0; start < data.length; start += LedFrame.MAX_DATA, packet++) {
            int end = Math.min(data.length, start + LedFrame.MAX_DATA);
            frames.add(new LedFrame(address, end == data.length ? LedFrame.LAST_PACKET : packet, command,
                    Arrays.copyOfRange(data, start, end)));
        }
        return frames;
    }

    private static byte[] rgba(int rgb) {
        return new byte[] {(byte) (rgb >>> 16), (byte) (rgb >>> 8), (byte) rgb, 0};
    }

    private static void littleEndian(byte[] data, int at, long value) {
        for (int i = 0; i < 4; i++) {
            data[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
