package org.parkgate.access;

/** Extra facts about a decision, stored as bits in {@link Decision#flags()}. */
public enum Flag {
    /** Decided as a registered plate one confusable character away from the read. */
    FUZZY,
    /** Soft anti-passback: opened although the vehicle's in/out state did not fit. */
    PASSBACK_IGNORED,
    /** Charged as a visitor although registered (restricted, outside the pass window, pass full). */
    CHARGED_AS_VISITOR,
    /** Fees are overdue: the display warns. */
    ARREARS_WARNING,
    /** The pass's time windows do not cover this entry. */
    OUTSIDE_PASS_WINDOW,
    /** All vehicles the pass allows inside at once are inside. */
    PASS_VEHICLE_LIMIT,
    /** Leaving without a recorded entry. */
    NO_ENTRY_RECORD,
    /** The pass ends soon. */
    EXPIRING,
    /** Paid inside the lot and still within the grace time to reach the exit. */
    PREPAID;

    final int bit = 1 << ordinal();

    public boolean in(int flags) {
        return (flags & bit) != 0;
    }
}
