package org.parkgate.registry;

import org.jspecify.annotations.Nullable;

/**
 * Everything about an owner that another system keeps in step ({@link RegistrySync}): the same
 * fields, and the same rules, as the Owners page's new-owner and contact forms. A null language
 * keeps the owner's (Chinese for a new one).
 */
public record OwnerFields(@Nullable String name, @Nullable String phone, @Nullable String unit,
        @Nullable String email, @Nullable String language) {
}
