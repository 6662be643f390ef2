package org.parkgate.occupancy;

/** A vehicle inside a lot from {@code in} until {@code out} (epoch milliseconds; {@link Long#MAX_VALUE}: still inside). */
public record StayInterval(long in, long out) {
}
