package org.parkgate.registry;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An owner (or tenant) and their vehicles. Aggregate root. */
@Table
record Owner(@Id @Nullable Long id, String name, String nameOrder, @Nullable String phone, @Nullable String unit,
        Instant createdAt, @MappedCollection(idColumn = "OWNER") Set<Vehicle> vehicles,
        @Version @Nullable Integer version) {

    Owner {
        vehicles = Set.copyOf(vehicles);
    }

    /** A new owner, not yet saved. */
    static Owner create(String name, @Nullable String phone, @Nullable String unit, Instant createdAt) {
        return new Owner(null, name, NameOrder.of(name), phone, unit, createdAt, Set.of(), null);
    }

    Owner withVehicle(Vehicle vehicle) {
        Set<Vehicle> more = new HashSet<>(vehicles);
        more.add(vehicle);
        return new Owner(id, name, nameOrder, phone, unit, createdAt, more, version);
    }

    Owner withoutVehicle(String plate) {
        Set<Vehicle> fewer = new HashSet<>(vehicles);
        fewer.removeIf(vehicle -> vehicle.plate().equals(plate));
        return new Owner(id, name, nameOrder, phone, unit, createdAt, fewer, version);
    }

    Owner withId(Long newId) {
        return new Owner(newId, name, nameOrder, phone, unit, createdAt, vehicles, version);
    }

    Owner withVersion(Integer newVersion) {
        return new Owner(id, name, nameOrder, phone, unit, createdAt, vehicles, newVersion);
    }
}
