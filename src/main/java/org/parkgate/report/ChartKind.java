package org.parkgate.report;

/** The dashboard's charts. */
public enum ChartKind {
    /** Vehicles inside, hour by hour, today (per lot). */
    OCCUPANCY_DAY,
    /** Vehicles inside, hour by hour, the last 7 days (per lot). */
    OCCUPANCY_WEEK,
    /** Free spaces: as forecast 12 hours ago, as they were since, and as forecast for the next 12 (per lot). */
    FORECAST,
    /** Vehicles let in and out per hour today. */
    ENTRIES_EXITS,
    /** Money taken per month, the last 12 months. */
    REVENUE,
    /** What owners owe, by age of the debt. */
    ARREARS_AGING,
    /** Refusals at the lanes this month, by reason. */
    DENIALS
}
