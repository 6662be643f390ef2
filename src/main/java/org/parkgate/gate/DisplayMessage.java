package org.parkgate.gate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the lane display shows: a few lines of text and, optionally, a QR code of {@code qrPayload}. */
public record DisplayMessage(List<String> lines, @Nullable String qrPayload) {

    public static final DisplayMessage BLANK = new DisplayMessage(List.of(), null);

    public DisplayMessage {
        lines = List.copyOf(lines);
    }
}
