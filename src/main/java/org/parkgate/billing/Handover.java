package org.parkgate.billing;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cashier's till between two moments: the net amount (fen) per payment method of the ledger
 * entries they made (payments positive, voids and refunds negative), and how many there were.
 * {@code id} is 0 while the shift is still open; {@code from} is null for a first shift.
 */
public record Handover(long id, String cashier, @Nullable Instant from, Instant to, Map<PaymentMethod, Long> byMethod,
        int entries, @Nullable String note) {

    public long total() {
        return byMethod.values().stream().mapToLong(Long::longValue).sum();
    }
}
