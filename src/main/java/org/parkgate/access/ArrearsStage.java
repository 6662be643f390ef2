package org.parkgate.access;

/** How far behind an account is with its fees; moved by the billing feature, decided on here. */
public enum ArrearsStage {
    /** Nothing overdue. */
    ACTIVE,
    /** Overdue within grace: opens, with a warning and the amount. */
    OVERDUE,
    /** Entry and exit follow the lot's restricted policy. */
    RESTRICTED,
    /** No entry; exit as restricted, so a vehicle inside can always leave by paying. */
    SUSPENDED
}
