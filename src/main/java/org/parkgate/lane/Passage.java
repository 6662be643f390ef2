package org.parkgate.lane;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Lane;
import org.parkgate.access.Reason;

/**
 * One event at a lane: a plate read and what was decided (opened or denied, the core's reason code,
 * what was due, what the display said), or a manual opening by staff (reason {@link #MANUAL_OPEN},
 * with {@code actor} and {@code note}; {@link #FREE_RELEASE} and {@link #PAID_AT_BOOTH} are staff
 * openings too).
 */
public record Passage(long id, String laneId, String lotId, Lane.Direction direction, String plate, String readAs,
        int confidence, boolean opened, String reason, long amountDue, String message, boolean fuzzy, boolean manual,
        @Nullable String actor, @Nullable String note, Instant capturedAt, Instant decidedAt) {

    public static final String MANUAL_OPEN = "MANUAL_OPEN";
    /** Opened by hand for nothing, for one of the office's release reasons (免费放行). */
    public static final String FREE_RELEASE = "FREE_RELEASE";
    /** Opened for a vehicle still waiting at the lane once the amount shown was paid online. */
    public static final String PAID_AT_LANE = "PAID_AT_LANE";
    /** Opened by staff once the amount a refusal showed was paid in cash at the booth (收费放行). */
    public static final String PAID_AT_BOOTH = "PAID_AT_BOOTH";

    /** The refusals that ask for money: a visitor's stay fee, or an account's arrears. */
    private static final Set<String> PAYABLE = Set.of(Reason.VISITOR_FEE_DUE.name(), Reason.ARREARS_RESTRICTED.name(),
            Reason.SUSPENDED.name());

    /** Whether this is a refusal whose amount due can be paid at the booth to open the barrier. */
    public boolean payableAtBooth() {
        return !opened && !manual && amountDue > 0 && PAYABLE.contains(reason);
    }

    /** Whether what is due is a stay's fee (a visitor, or a vehicle charged as one), not an account's arrears. */
    public boolean stayFeeDue() {
        return reason.equals(Reason.VISITOR_FEE_DUE.name());
    }

    /** The same passage, its barrier not opened after all, with why. */
    Passage notOpened(String why) {
        return new Passage(id, laneId, lotId, direction, plate, readAs, confidence, false, reason, amountDue, message,
                fuzzy, manual, actor, why, capturedAt, decidedAt);
    }

    Passage withId(long newId) {
        return new Passage(newId, laneId, lotId, direction, plate, readAs, confidence, opened, reason, amountDue, message,
                fuzzy, manual, actor, note, capturedAt, decidedAt);
    }
}
