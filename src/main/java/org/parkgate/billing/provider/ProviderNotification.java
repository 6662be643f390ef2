package org.parkgate.billing.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A provider's notification, verified: which event, for which order, whether the money came, how
 * much in which currency (minor units), when.
 */
public record ProviderNotification(String eventId, String orderId, boolean succeeded, long amount, String currency,
        @Nullable Instant paidAt) {
}
