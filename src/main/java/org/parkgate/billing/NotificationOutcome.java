package org.parkgate.billing;

/** What a provider notification did. Every outcome is acknowledged, so the provider stops resending. */
public enum NotificationOutcome {
    /** The payment was applied. */
    APPLIED,
    /** The same event again: nothing changed. */
    DUPLICATE,
    /** The payer's payment failed or was cancelled. */
    FAILED,
    /** Amount or currency differ from the order, or it cannot be applied: held for a cashier to review. */
    HELD,
    /** The order was already paid. */
    ALREADY_PAID,
    /** No such order here. */
    UNKNOWN_ORDER
}
