package org.parkgate.access;

/** An entrance or exit of a lot. */
public record Lane(String id, Lot lot, Direction direction) {

    public enum Direction { IN, OUT }

    public Lane {
        if (id == null || lot == null || direction == null) {
            throw new IllegalArgumentException("a lane needs an id, a lot and a direction");
        }
    }
}
