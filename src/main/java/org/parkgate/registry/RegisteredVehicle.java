package org.parkgate.registry;

/** A plate and the owner (account) it belongs to, as the gate needs it. */
public record RegisteredVehicle(String plate, long ownerId) {
}
