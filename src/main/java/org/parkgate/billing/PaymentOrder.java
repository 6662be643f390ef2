package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order to pay online: its id, the secret token of its pay page, what the payer scans (the
 * provider's QR content, or the pay page's URL where the payer pays on ParkGate's page), what and
 * how much, and until when it can be paid.
 */
public record PaymentOrder(String id, String token, String payUrl, OrderPurpose purpose, @Nullable Long ownerId,
        @Nullable String plate, @Nullable String laneId, long amount, String currency, Instant expiresAt) {
}
