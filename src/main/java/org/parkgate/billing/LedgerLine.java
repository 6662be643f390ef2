package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One money movement: a payment (positive), or a void or refund of one (negative). A stay fee
 * taken at the booth has no owner: {@code ownerId} 0 and the stay's plate for {@code ownerName}.
 */
public record LedgerLine(long id, Instant at, String kind, String receiptNo, long ownerId, String ownerName,
        long amount, PaymentMethod method, String actor, @Nullable String note) {

    /** Whether this is about a stay's fee (a visitor at the booth) rather than an owner's invoices. */
    public boolean stayFee() {
        return ownerId == 0;
    }
}
