package org.parkgate.billing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice in the list: whose, for which pass period, and where it stands today. The late fee
 * is fixed once settled, else as of today.
 */
public record InvoiceRow(long id, long subscriptionId, long ownerId, String ownerName, @Nullable String unit,
        String plan, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, long amount, long lateFee, long paid,
        long owed, boolean settled, boolean renews, java.time.Instant issuedAt) {
}
