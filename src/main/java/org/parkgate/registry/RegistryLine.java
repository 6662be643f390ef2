package org.parkgate.registry;

import org.jspecify.annotations.Nullable;

/** One line of the registry export: an owner and one of their vehicles (none: plate and kind null). */
public record RegistryLine(String name, @Nullable String phone, @Nullable String unit, @Nullable String plate,
        @Nullable VehicleKind kind, @Nullable String colour) {
}
