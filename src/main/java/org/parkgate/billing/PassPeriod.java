package org.parkgate.billing;

import java.time.LocalDate;

/** How long one pass period lasts. */
public enum PassPeriod {
    MONTH(1), QUARTER(3), YEAR(12);

    private final int months;

    PassPeriod(int months) {
        this.months = months;
    }

    /** The last day of a period starting on {@code start} (a month from 31 Jan ends on 28/29 Feb). */
    public LocalDate lastDay(LocalDate start) {
        return start.plusMonths(months).minusDays(1);
    }
}
