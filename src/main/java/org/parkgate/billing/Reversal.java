package org.parkgate.billing;

/** Taking back a payment: both reopen what it paid and write a negative ledger entry. */
public enum Reversal {
    /** Entered by mistake: the money never came in. */
    VOID,
    /** The money was given back to the payer. */
    REFUND
}
