package org.parkgate.billing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A cashier's till between two moments: the net amount (fen) per payment method of the ledger
 * entries they made (payments positive, refunds negative) and of the voids of payments they took
 * then (whoever entered the void), and how many entries there were. {@code id} is 0 while the
 * shift is still open; {@code from} is null for a first shift. A signed-off handover keeps its
 * totals as signed; {@code voids} lists every void of the shift's payments, also those entered
 * after it was signed off, which {@link #drawer} adds.
 */
public record Handover(long id, String cashier, @Nullable Instant from, Instant to, Map<PaymentMethod, Long> byMethod,
        int entries, @Nullable String note, List<VoidedPayment> voids) {

    public Handover {
        byMethod = Map.copyOf(byMethod);
        voids = List.copyOf(voids);
    }

    /** The net as signed off (or, while open, until now). */
    public long total() {
        return byMethod.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Voids of this shift's payments entered after it was signed off: not in the totals as signed. */
    public List<VoidedPayment> voidsAfterSignOff() {
        return voids.stream().filter(voided -> voided.voidedAt().isAfter(to)).toList();
    }

    /** What the drawer should hold of {@code method}: the net as signed and every later void. */
    public long drawer(PaymentMethod method) {
        return byMethod.getOrDefault(method, 0L) + voidsAfterSignOff().stream()
                .filter(voided -> voided.method() == method).mapToLong(VoidedPayment::amount).sum();
    }

    public long drawerTotal() {
        return total() + voidsAfterSignOff().stream().mapToLong(VoidedPayment::amount).sum();
    }
}
