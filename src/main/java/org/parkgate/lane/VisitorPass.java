package org.parkgate.lane;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A visitor an owner registered: {@code plate} is let in at {@code lot} within
 * [{@code startsAt}, {@code endsAt}) as that owner's visitor, the time within it free when
 * {@code free} for the visitor ({@code billedToOwner}: charged to the owner instead). Cancelled (at
 * {@code cancelledAt}) it lets in nothing any more.
 */
public record VisitorPass(long id, long ownerId, String lot, String plate, Instant startsAt, Instant endsAt, boolean free,
        boolean billedToOwner, @Nullable Instant cancelledAt) {

    /** Whether it lets the plate in at {@code at}. */
    public boolean validAt(Instant at) {
        return cancelledAt == null && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
