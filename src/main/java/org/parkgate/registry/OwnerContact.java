package org.parkgate.registry;

import org.jspecify.annotations.Nullable;

/**
 * How an owner is reached: phone (SMS), e-mail, and the language of their messages
 * ({@code zh-CN} or {@code en}).
 */
public record OwnerContact(@Nullable String phone, @Nullable String email, String language) {
}
