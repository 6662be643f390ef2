package org.parkgate.lane;

import java.time.Instant;

/** A vehicle that entered at {@code enteredAt} left {@code lot} at {@code exitedAt} (its stay is closed). */
record StayEnded(String lot, String plate, Instant enteredAt, Instant exitedAt) {
}
