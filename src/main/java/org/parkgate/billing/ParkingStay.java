package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle's stay in a lot that a payment paid the fee of (a visitor paying at the booth):
 * {@code enteredAt} is null when the lot has no record of the entry, {@code leftAt} is when the fee
 * was paid at the exit.
 */
public record ParkingStay(String lotId, String plate, @Nullable Instant enteredAt, Instant leftAt) {
}
