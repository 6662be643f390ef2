package org.parkgate.billing;

import java.time.Instant;

/**
 * A payment taken in a shift and voided since (by a manager, usually), as the ledger has it:
 * {@code amount} is the void's negative amount. It belongs to the shift that took the money,
 * whoever entered it and whenever.
 */
public record VoidedPayment(String receiptNo, PaymentMethod method, long amount, String voidedBy, Instant voidedAt) {
}
