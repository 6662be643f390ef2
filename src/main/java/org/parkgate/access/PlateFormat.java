package org.parkgate.access;

/** Which reads count as plates at a lot. {@link #check} gives a reason instead of throwing. */
public interface PlateFormat {

    /** Checks {@code length} normalised characters; must not allocate for the Chinese format. */
    PlateCheck check(char[] plate, int length);

    default PlateCheck check(String normalized) {
        return check(normalized.toCharArray(), normalized.length());
    }

    /**
     * Where a plate that {@link #check} refuses goes wrong, for telling staff: the index of the
     * character to blame, or -1 when no single character is (a valid or empty plate, a wrong length,
     * a pattern). Not for the lane's path: it may allocate.
     */
    default int culprit(String normalized) {
        return -1;
    }

    /** Mainland China: blue/yellow, green new-energy and special-suffix plates. */
    static PlateFormat chinese() {
        return ChinesePlateFormat.INSTANCE;
    }

    /** Any other country: a regular expression over the normalised plate, e.g. {@code [A-Z]{1,3}[0-9]{1,4}}. */
    static PlateFormat pattern(String regex) {
        return new PatternPlateFormat(regex);
    }
}
