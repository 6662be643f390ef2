package org.parkgate.access;

/**
 * The value of a tariff or policy that the core refused ({@link InvalidSettingException#setting()}):
 * a stable name, so an office form can say in the user's language which field is wrong and why.
 */
public enum Setting {
    FREE_MINUTES,
    FIRST_SEGMENT_MINUTES,
    FIRST_SEGMENT_PRICE,
    STEP_MINUTES,
    STEP_PRICE,
    DAILY_CAP,
    NIGHT_WINDOW,
    NIGHT_PRICE,
    REENTRY_MINUTES,
    /** One of the policy's choices (restricted entry or exit, anti-passback, plate format, tariff) was not made. */
    CHOICE,
    RESERVED_FOR_PASS_HOLDERS,
    EXPIRY_WARNING_DAYS,
    FUZZY_MIN_CONFIDENCE,
    PREPAID_GRACE_MINUTES
}
