package org.parkgate.billing;

/** Cash on record: the payment (for its receipt), its receipt number and the amount in fen. */
public record CashTaken(long paymentId, String receiptNo, long amount) {
}
