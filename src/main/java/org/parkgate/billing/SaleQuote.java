package org.parkgate.billing;

/**
 * What paying a pass period now at the counter takes, and what it pays. Every payment pays the
 * owner's open invoices oldest due first (DD-007), so paying the new period in full also pays
 * what falls due before it: {@code owedBefore} on {@code invoicesBefore} invoices (late fees as of
 * today), then the period's own {@code period} price.
 */
public record SaleQuote(long owedBefore, int invoicesBefore, long period) {

    /** The amount that leaves the period paid. */
    public long total() {
        return owedBefore + period;
    }
}
