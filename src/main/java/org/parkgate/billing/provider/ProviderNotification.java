package org.parkgate.billing.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A provider's notification, verified: which event (the provider's own id, so that a repeat is
 * recognised), for which order, whether the money came, how much in which currency (minor units),
 * when, and what it reported as kept for a cashier's review (readable text, no secrets).
 */
public record ProviderNotification(String eventId, String orderId, boolean succeeded, long amount, String currency,
        @Nullable Instant paidAt, String reported) {
}
