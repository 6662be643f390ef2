package org.parkgate.access;

/**
 * Special terms for a vehicle or owner, valid in [{@code validFromMillis}, {@code validUntilMillis}).
 * FULL opens for free; PERCENT takes that percentage off visitor fees; FREE_MINUTES adds free
 * visitor minutes to every stay.
 */
public record Exemption(Kind kind, int value, long validFromMillis, long validUntilMillis) {

    public enum Kind { FULL, PERCENT, FREE_MINUTES }

    public Exemption {
        if (kind == null || validUntilMillis <= validFromMillis) {
            throw new IllegalArgumentException("an exemption needs a kind and a validity window");
        }
        if (kind == Kind.PERCENT && (value < 1 || value > 100) || kind == Kind.FREE_MINUTES && value < 1) {
            throw new IllegalArgumentException("percent must be 1..100, free minutes at least 1");
        }
    }

    /**
     * What a PERCENT exemption of {@code percent} leaves to pay of {@code fee}, rounded down.
     *
     * @throws ArithmeticException if the product does not fit a {@code long}: a denial, never a
     *         wrap into a small or negative fee that would open the barrier
     */
    public static long leftToPay(long fee, int percent) {
        return Math.multiplyExact(fee, 100 - percent) / 100;
    }

    boolean validAt(long millis) {
        return millis >= validFromMillis && millis < validUntilMillis;
    }
}
