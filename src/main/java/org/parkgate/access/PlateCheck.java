package org.parkgate.access;

/** The result of checking a normalised read against the lot's plate format. */
public enum PlateCheck {
    VALID,
    EMPTY,
    WRONG_LENGTH,
    UNKNOWN_PROVINCE,
    /** I and O are never used on Chinese plates (they look like 1 and 0). */
    LETTER_I_OR_O,
    /** The second character must be a letter (the issuing office). */
    OFFICE_NOT_A_LETTER,
    /** A character that no plate of this format has there. */
    BAD_CHARACTER,
    /** Does not match the configured pattern (non-Chinese formats). */
    PATTERN_MISMATCH;

    public boolean valid() {
        return this == VALID;
    }

    /** Translation key of the reason shown to staff. */
    public String messageKey() {
        return "access.plate." + name();
    }
}
