package org.parkgate.billing;

import java.time.LocalDate;

/** What one invoice run did: periods (each with its invoice) issued, for how many owners. */
public record InvoiceRunResult(LocalDate asOf, int invoicesIssued, int owners) {
}
