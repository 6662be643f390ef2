package org.parkgate.gate.ledscreen;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One frame of the screen protocol: DA (the screen's address) VR (protocol version 0x64) PN (packet
 * number, 0xFFFF for a single or the last packet) CMD DL (data length, one byte) DATA CRC (CRC-16/MODBUS
 * over everything before it, low byte first). DATA is at most 255 bytes.
 */
public record LedFrame(int address, int packet, int command, byte[] data) {

    /** Protocol version 100, the one whose data length is one byte. */
    public static final int VERSION = 0x64;

    /** The packet number of a frame that is the only or the last one of a command. */
    public static final int LAST_PACKET = 0xFFFF;

    public static final int MAX_DATA = 255;

    /** DA VR PN[2] CMD DL before the data, CRC[2] after it. */
    static final int OVERHEAD = 8;

    public LedFrame {
        if (address < 0 || address > 0xFF || packet < 0 || packet > 0xFFFF || command < 0 || command > 0xFF) {
            throw new IllegalArgumentException("address, packet or command out of range");
        }
        if (data.length > MAX_DATA) {
            throw new IllegalArgumentException("a frame carries at most " + MAX_DATA + " bytes, not " + data.length);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The frame as sent on the wire. */
    public byte[] bytes() {
        byte[] bytes = new byte[OVERHEAD + data.length];
        bytes[0] = (byte) address;
        bytes[1] = (byte) VERSION;
        bytes[2] = (byte) (packet >>> 8);
        bytes[3] = (byte) packet;
        bytes[4] = (byte) command;
        bytes[5] = (byte) data.length;
        System.arraycopy(data, 0, bytes, 6, data.length);
        int crc = Crc16Modbus.of(bytes, 0, 6 + data.length);
        bytes[6 + data.length] = (byte) crc;
        bytes[7 + data.length] = (byte) (crc >>> 8);
        return bytes;
    }

    /**
     * How many bytes the frame starting at {@code bytes[0]} takes, or -1 while fewer than its first
     * six bytes (which say its length) have arrived.
     */
    public static int length(byte[] bytes, int available) {
        return available < 6 ? -1 : OVERHEAD + (bytes[5] & 0xFF);
    }

    /**
     * The frame in {@code bytes} (exactly one frame).
     *
     * @throws IllegalArgumentException if it is not one: too short or long, another protocol version,
     *         or its CRC does not match
     */
    public static LedFrame parse(byte[] bytes) {
        if (bytes.length < OVERHEAD || bytes.length != length(bytes, bytes.length)) {
            throw new IllegalArgumentException("not one frame: " + HexFormat.ofDelimiter(" ").formatHex(bytes));
        }
        if ((bytes[1] & 0xFF) != VERSION) {
            throw new IllegalArgumentException("protocol version " + (bytes[1] & 0xFF) + ", not " + VERSION);
        }
        int length = bytes.length - 2;
        int sent = (bytes[length] & 0xFF) | (bytes[length + 1] & 0xFF) << 8;
        int crc = Crc16Modbus.of(bytes, 0, length);
        if (sent != crc) {
            throw new IllegalArgumentException("CRC %04X, computed %04X".formatted(sent, crc));
        }
        return new LedFrame(bytes[0] & 0xFF, (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF, bytes[4] & 0xFF,
                Arrays.copyOfRange(bytes, 6, length));
    }

    /** The screen's answer to a frame: the same command with one byte of data, 0 for done. */
    public static LedFrame ack(int address, int command, int code) {
        return new LedFrame(address, LAST_PACKET, command, new byte[] {(byte) code});
    }

    /** Whether this is the screen's "done" (ACK 0) to {@code command}. */
    public boolean acknowledges(int command) {
        return this.command == command && data.length == 1 && data[0] == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedFrame frame && Arrays.equals(bytes(), frame.bytes());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes());
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes());
    }
}
