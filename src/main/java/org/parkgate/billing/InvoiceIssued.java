package org.parkgate.billing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Published inside the transaction that issued an invoice: a pass period's, or a visit put on
 * the owner's account ({@code description} says which visit).
 */
public record InvoiceIssued(long invoiceId, long ownerId, String lot, long amount, LocalDate periodStart,
        LocalDate periodEnd, LocalDate dueOn, @Nullable String description, Instant issuedAt) {
}
