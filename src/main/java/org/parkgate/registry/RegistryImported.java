package org.parkgate.registry;

/** Published when an import added owners and vehicles in bulk: the gate reloads them after commit. */
public record RegistryImported(int vehiclesAdded) {
}
