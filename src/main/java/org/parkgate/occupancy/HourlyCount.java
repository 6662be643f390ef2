package org.parkgate.occupancy;

import java.time.Instant;

/** How many vehicles were inside a lot at {@code at} (the end of an hour). */
public record HourlyCount(Instant at, int inside) {
}
