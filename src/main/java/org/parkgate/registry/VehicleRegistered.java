package org.parkgate.registry;

/** Published when a vehicle was added to an owner (after the plate was normalised and checked). */
public record VehicleRegistered(long ownerId, String plate) {
}
