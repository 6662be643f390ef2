package org.parkgate.registry;

/** Input for a new owner; checked by {@link RegistryService#createOwner}. */
public record NewOwner(String name, String phone, String unit) {
}
