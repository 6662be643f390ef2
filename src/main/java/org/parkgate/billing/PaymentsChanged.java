package org.parkgate.billing;

/**
 * Published inside the transaction that recorded, voided or refunded a payment of an owner, so
 * that their arrears are recomputed in the same transaction.
 */
public record PaymentsChanged(long ownerId) {
}
