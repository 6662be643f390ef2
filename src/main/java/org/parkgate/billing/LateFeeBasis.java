package org.parkgate.billing;

/** How a lot's contract charges late fees on an unpaid invoice. */
public enum LateFeeBasis {
    /** No late fees. */
    NONE,
    /** The rate for every day overdue, from the contract's first day. */
    PER_DAY,
    /** The rate for every month overdue, a month begun counting in full. */
    PER_MONTH
}
