package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A payment in the cashier's list. */
public record PaymentRow(long id, String receiptNo, long ownerId, String ownerName, @Nullable String unit, long amount,
        PaymentMethod method, Instant receivedAt, String receivedBy, PaymentStatus status) {
}
