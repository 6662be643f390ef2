package org.parkgate.billing;

import org.jspecify.annotations.Nullable;

/** An order to pay online: its id, the secret token of its pay page, the pay URL, what and how much. */
public record PaymentOrder(String id, String token, String payUrl, OrderPurpose purpose, @Nullable Long ownerId,
        @Nullable String plate, @Nullable String laneId, long amount, String currency) {
}
