package org.parkgate.registry;

/** Published when an owner got or lost an assigned space: the gate recomputes their plates. */
public record SpacesChanged(long ownerId) {
}
