package org.parkgate.gate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a lane's LED text screen shows and says for a message, already in the screen's language:
 * up to four short lines, the sentence its loudspeaker speaks (empty: silent), the amount due in
 * fen for a pay screen (0: none), and whether it is a refusal (drawn in red, else green).
 */
public record ScreenText(List<String> lines, String spoken, long amountFen, boolean refusal) {

    public ScreenText {
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.size() > 4) {
            throw new IllegalArgumentException("a screen shows one to four lines: " + lines);
        }
        if (amountFen < 0) {
            throw new IllegalArgumentException("a negative amount: " + amountFen);
        }
    }

    /** Lines of a message that opens or informs, with nothing to pay. */
    public static ScreenText of(List<String> lines, @Nullable String spoken) {
        return new ScreenText(lines, spoken == null ? "" : spoken, 0, false);
    }
}
