package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Published inside the transaction that voided or refunded a payment; rolled back with it. */
public record PaymentReversed(long paymentId, String receiptNo, @Nullable Long ownerId, long amount,
        PaymentMethod method, Reversal kind, String reason, Instant reversedAt) {
}
