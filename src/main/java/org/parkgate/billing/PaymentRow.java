package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A payment in the cashier's list. A stay fee taken at the booth has no owner: {@code ownerId} 0
 * and the stay's plate for {@code ownerName}.
 */
public record PaymentRow(long id, String receiptNo, long ownerId, String ownerName, @Nullable String unit, long amount,
        PaymentMethod method, Instant receivedAt, String receivedBy, PaymentStatus status) {

    /** Whether this paid a stay's fee (a visitor at the booth) rather than an owner's invoices. */
    public boolean stayFee() {
        return ownerId == 0;
    }
}
