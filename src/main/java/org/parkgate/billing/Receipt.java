package org.parkgate.billing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A payment as printed for the payer: who paid what, how, and which periods it paid for. */
public record Receipt(long paymentId, String receiptNo, String ownerName, @Nullable String unit, long amount,
        PaymentMethod method, @Nullable String reference, Instant receivedAt, String receivedBy, PaymentStatus status,
        List<Line> lines) {

    /** What one invoice got from this payment; {@code lateFee} is the invoice's late fee at the time. */
    public record Line(java.time.LocalDate periodStart, java.time.LocalDate periodEnd, long amount, long lateFee) {
    }
}
