package org.parkgate.registry;

/** What kind of vehicle a plate belongs to; shown translated as {@code vehicle.kind.<NAME>}. */
public enum VehicleKind {
    CAR, SUV, VAN, TRUCK, MOTORCYCLE, OTHER
}
