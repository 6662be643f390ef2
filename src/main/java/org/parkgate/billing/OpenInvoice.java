package org.parkgate.billing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An invoice not yet settled in full: what it asked for and what has been paid on it;
 * {@code description} for one that is no pass period's (a visit billed to the owner).
 */
public record OpenInvoice(long id, long ownerId, String lot, LocalDate periodStart, LocalDate periodEnd,
        LocalDate dueOn, long amount, long paid, @Nullable String description) {

    /** Amount plus the late fee as of {@code today}, less what was paid; never negative. */
    public long owed(LotTerms terms, LocalDate today) {
        return Math.max(0, amount + terms.lateFee(amount, dueOn, today) - paid);
    }
}
