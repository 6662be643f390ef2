package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that recorded a payment (an owner's, or a visitor's stay fee
 * with no owner): for whoever must record its consequences in the same commit (webhooks).
 */
public record PaymentReceived(long paymentId, String receiptNo, @Nullable Long ownerId, long amount,
        PaymentMethod method, @Nullable String reference, Instant receivedAt) {
}
