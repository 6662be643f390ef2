package org.parkgate.platelist;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a list, as the office sees it: the plate, the list, the reason, the days (both
 * included; no last day = until ended), who added it and when, and who ended it early and when.
 */
public record PlateListEntry(long id, String plate, PlateListKind kind, String reason, LocalDate validFrom,
        @Nullable LocalDate validUntil, String createdBy, Instant createdAt, @Nullable String endedBy,
        @Nullable Instant endedAt) {

    /** Where an entry stands on a day. */
    public enum Standing {
        /** Its first day is still to come. */
        UPCOMING,
        /** The gate honours it today. */
        IN_FORCE,
        /** Ended early, or past its last day: history only. */
        ENDED
    }

    public Standing standing(LocalDate today) {
        if (endedAt != null || validUntil != null && validUntil.isBefore(today)) {
            return Standing.ENDED;
        }
        return validFrom.isAfter(today) ? Standing.UPCOMING : Standing.IN_FORCE;
    }

    /** Whether it may still be changed or ended (it is not history yet). */
    public boolean open(LocalDate today) {
        return standing(today) != Standing.ENDED;
    }

    /** Whether both entries cover a common day (the last days included). */
    boolean overlaps(LocalDate from, @Nullable LocalDate until) {
        boolean endsBefore = validUntil != null && validUntil.isBefore(from);
        boolean startsAfter = until != null && validFrom.isAfter(until);
        return !endsBefore && !startsAfter;
    }
}
