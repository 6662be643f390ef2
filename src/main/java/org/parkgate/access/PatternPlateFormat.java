package org.parkgate.access;

import java.nio.CharBuffer;
import java.util.regex.Pattern;

/** Plates of other countries, described by a regular expression over the normalised text. */
final class PatternPlateFormat implements PlateFormat {

    private final Pattern pattern;

    PatternPlateFormat(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    @Override
    public PlateCheck check(char[] plate, int length) {
        if (length == 0) {
            return PlateCheck.EMPTY;
        }
        return pattern.matcher(CharBuffer.wrap(plate, 0, length)).matches() ? PlateCheck.VALID
                : PlateCheck.PATTERN_MISMATCH;
    }
}
