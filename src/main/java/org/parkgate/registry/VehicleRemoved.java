package org.parkgate.registry;

/** Published when a vehicle was taken off an owner: its plate no longer belongs to an account. */
public record VehicleRemoved(long ownerId, String plate) {
}
