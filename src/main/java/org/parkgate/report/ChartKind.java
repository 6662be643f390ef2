package org.parkgate.report;

/** The dashboard's charts. */
public enum ChartKind {
    /** Vehicles inside, hour by hour, today (per lot). */
    OCCUPANCY_DAY,
    /** Vehicles inside, hour by hour, the last 7 days (per lot). */
    OCCUPANCY_WEEK,
    /** Vehicles let in and out per hour today. */
    ENTRIES_EXITS,
    /** Money taken per month, the last 12 months. */
    REVENUE,
    /** What owners owe, by age of the debt. */
    ARREARS_AGING,
    /** Refusals at the lanes this month, by reason. */
    DENIALS
}
