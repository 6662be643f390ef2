package org.parkgate.access;

/**
 * A plate on the blacklist or the always-allow list, valid in [{@code validFromMillis},
 * {@code validUntilMillis}); {@link #OPEN_ENDED} as the end for a listing without a last day. The
 * decision asks at the moment of the read, so a listing that starts tomorrow does not apply today
 * and one that ended yesterday applies no more, whenever the index was last loaded.
 */
public record Listing(ListStatus status, long validFromMillis, long validUntilMillis) {

    /** The end of a listing that lasts until somebody ends it. */
    public static final long OPEN_ENDED = Long.MAX_VALUE;

    public Listing {
        if (status == null || status == ListStatus.NONE || validUntilMillis <= validFromMillis) {
            throw new IllegalArgumentException("a listing needs a list and a validity window");
        }
    }

    /** On the list for all time (tests, and states made before lists had windows). */
    public static Listing always(ListStatus status) {
        return new Listing(status, Long.MIN_VALUE, OPEN_ENDED);
    }

    boolean validAt(long millis) {
        return millis >= validFromMillis && millis < validUntilMillis;
    }
}
