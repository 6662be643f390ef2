package org.parkgate.registry;

import org.jspecify.annotations.Nullable;

/** One line of the owners list: the owner and their plates, comma-separated. */
public record OwnerRow(long id, String name, @Nullable String phone, @Nullable String unit, String plates) {
}
