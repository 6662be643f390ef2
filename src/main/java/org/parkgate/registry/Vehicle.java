package org.parkgate.registry;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A vehicle of an owner; the plate is stored normalised. Part of the {@link Owner} aggregate. */
@Table
record Vehicle(@Id @Nullable Long id, String plate, VehicleKind kind, @Nullable String colour) {
}
