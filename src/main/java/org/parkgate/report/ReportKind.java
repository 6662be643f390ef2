package org.parkgate.report;

/** The monthly reports. */
public enum ReportKind {
    /** Parking fees collected: by method, plan and staff member. */
    COLLECTION,
    /** Who owes what today: by stage and age, per owner. */
    ARREARS,
    /** One owner's invoices and payments. */
    OWNER_STATEMENT,
    /** Exemptions in force and the fees they waived. */
    EXEMPTIONS,
    /** Refusals at the lanes and barriers opened by hand. */
    LANE_EVENTS
}
