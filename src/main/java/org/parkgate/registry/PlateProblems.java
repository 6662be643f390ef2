package org.parkgate.registry;

import org.jspecify.annotations.Nullable;
import org.parkgate.access.PlateCheck;
import org.parkgate.access.PlateFormat;

/**
 * What is wrong with a plate typed or imported by the office, said so that it can be put right:
 * the plate and the character to blame where the format can tell, "a plate is required" for none.
 * Public so that every feature that takes a typed plate (the plate lists too) refuses it in the
 * registry's words.
 */
public final class PlateProblems {

    private PlateProblems() {
    }

    /** The problem with a normalised plate, or null when it is a plate of {@code format}. */
    public static @Nullable ImportProblem of(PlateFormat format, String plate) {
        PlateCheck check = format.check(plate);
        if (check.valid()) {
            return null;
        }
        if (check == PlateCheck.EMPTY) {
            return ImportProblem.of("error.plate.required");
        }
        int at = format.culprit(plate);
        if (at < 0) {
            return ImportProblem.of(check.messageKey());
        }
        String key = switch (check) {
            case LETTER_I_OR_O -> "error.plate.letter-i-or-o";
            case UNKNOWN_PROVINCE -> "error.plate.unknown-province";
            case OFFICE_NOT_A_LETTER -> "error.plate.office-not-a-letter";
            default -> "error.plate.bad-character";
        };
        return ImportProblem.of(key, plate, shown(plate, at), at + 1);
    }

    /** The character at {@code at} as staff can see it: a space or control character by its code. */
    private static String shown(String plate, int at) {
        int c = plate.codePointAt(at);
        boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
        return invisible ? "U+%04X".formatted(c) : Character.toString(c);
    }
}
