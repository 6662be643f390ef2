package org.parkgate.billing;

/** Where a payment stands: counted, or taken back (and how). */
public enum PaymentStatus {
    RECORDED, VOIDED, REFUNDED
}
