package org.parkgate.billing;

import java.time.Instant;

/**
 * An owner's auto-pay: their agreement at {@code provider}, the most one invoice may be charged
 * ({@code cap}, fen), whether it is on, and when and by whom it was last switched.
 */
public record Mandate(long ownerId, String provider, String agreement, long cap, boolean active, Instant changedAt,
        String changedBy) {
}
