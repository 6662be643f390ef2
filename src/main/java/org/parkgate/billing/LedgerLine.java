package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One money movement: a payment (positive), or a void or refund of one (negative). */
public record LedgerLine(long id, Instant at, String kind, String receiptNo, long ownerId, String ownerName,
        long amount, PaymentMethod method, String actor, @Nullable String note) {
}
