package org.parkgate.gate.ledscreen;

/**
 * How a screen line comes, stays and goes: entry and exit mode (0x00 at once, 0x01 from the right,
 * 0x15 running left continuously ...), their speed (1 to 32), seconds the line stays, the font
 * (0x03 = 16-pixel Song, the one every screen has), how often it is shown (0 = over and over), and
 * the text and background colours as 0xRRGGBB (a red-green screen shows red, green and yellow).
 */
public record LineStyle(int entryMode, int speed, int stay, int exitMode, int exitSpeed, int font, int repeats,
        int colour, int background) {

    public static final int RED = 0xFF0000;
    public static final int GREEN = 0x00FF00;
    public static final int YELLOW = 0xFFFF00;
    public static final int BLACK = 0x000000;

    /** Immediate display mode. */
    public static final int AT_ONCE = 0x00;

    /** Continuous leftward scrolling, for a text longer than the screen is wide. */
    public static final int RUNNING_LEFT = 0x15;

    static final int SONG_16 = 0x03;

    public LineStyle {
        for (int value : new int[] {entryMode, speed, stay, exitMode, exitSpeed, font, repeats}) {
            if (value < 0 || value > 0xFF) {
                throw new IllegalArgumentException("a line style value is one byte: " + value);
            }
        }
    }

    /** A line that stands still in {@code colour} on black, shown until replaced. */
    public static LineStyle still(int colour) {
        return new LineStyle(AT_ONCE, 1, 2, AT_ONCE, 1, SONG_16, 0, colour, BLACK);
    }

    /** A line that runs from right to left in {@code colour} on black, over and over. */
    public static LineStyle running(int colour) {
        return new LineStyle(RUNNING_LEFT, 1, 2, RUNNING_LEFT, 1, SONG_16, 0, colour, BLACK);
    }

    /** This style in another colour. */
    public LineStyle in(int newColour) {
        return new LineStyle(entryMode, speed, stay, exitMode, exitSpeed, font, repeats, newColour, background);
    }
}
