package org.parkgate.gate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the lane display shows: a few lines of text and, optionally, a QR code of {@code qrPayload};
 * {@code screen} is the same for a lane's LED text screen, in its language (null: the screen shows
 * the first of the lines).
 */
public record DisplayMessage(List<String> lines, @Nullable String qrPayload, @Nullable ScreenText screen) {

    public static final DisplayMessage BLANK = new DisplayMessage(List.of(), null);

    public DisplayMessage {
        lines = List.copyOf(lines);
    }

    public DisplayMessage(List<String> lines, @Nullable String qrPayload) {
        this(lines, qrPayload, null);
    }

    /** What an LED screen shows of it: its screen text, else its first line, silent. */
    public ScreenText onScreen() {
        if (screen != null) {
            return screen;
        }
        return ScreenText.of(lines.isEmpty() ? List.of(" ") : List.of(lines.getFirst()), null);
    }
}
