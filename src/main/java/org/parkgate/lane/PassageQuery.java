package org.parkgate.lane;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A search of the passage history: plate (the start of it is enough), lane, a time span and the
 * decision, each optional; newest first, a page at {@code offset}.
 */
public record PassageQuery(String plate, @Nullable String laneId, @Nullable Instant from, @Nullable Instant until,
        @Nullable Decision decision, int offset, int limit) {

    /** What the barrier did. */
    public enum Decision {
        /** Let through by the decision (or after paying at the lane). */
        OPENED,
        /** Refused. */
        DENIED,
        /** Opened by hand by staff. */
        MANUAL
    }
}
