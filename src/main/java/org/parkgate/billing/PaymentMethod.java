package org.parkgate.billing;

/** How money came in. Online payments arrive through a payment provider, never typed in. */
public enum PaymentMethod {
    CASH, CARD, TRANSFER, ONLINE;

    /** The methods a cashier may record at the counter. */
    public boolean atTheCounter() {
        return this != ONLINE;
    }
}
