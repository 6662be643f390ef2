package org.parkgate.registry;

import org.jspecify.annotations.Nullable;

/** A vehicle as the office sees it in an owner's file: the plate (normalised), its kind and colour. */
public record OwnedVehicle(String plate, VehicleKind kind, @Nullable String colour) {
}
