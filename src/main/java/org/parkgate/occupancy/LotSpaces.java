package org.parkgate.occupancy;

import java.time.Instant;
import java.util.List;

/** A lot's free spaces now and as expected at each of the next hours ({@link SpaceForecast}). */
public record LotSpaces(String lot, String name, int capacity, int free, List<Expected> next) {

    public LotSpaces {
        next = List.copyOf(next);
    }

    /** The free spaces expected at a whole hour. */
    public record Expected(Instant at, int free) {
    }
}
