package org.parkgate.registry;

import org.jspecify.annotations.Nullable;

/** A parking space and, when assigned, its owner. */
public record SpaceRow(long id, String lot, String number, @Nullable Long ownerId, @Nullable String ownerName,
        @Nullable String ownerUnit) {
}
