package org.parkgate.base;

import java.time.LocalDate;
import java.time.Period;

/**
 * How far before and after today the first day of something the office grants (a pass period,
 * an exemption) may lie. A first day outside is a typo or a test value (1900, 2099), not a
 * decision, and is refused; both ends are inclusive.
 */
public record StartWindow(Period back, Period ahead) {

    public LocalDate earliest(LocalDate today) {
        return today.minus(back);
    }

    public LocalDate latest(LocalDate today) {
        return today.plus(ahead);
    }

    public boolean admits(LocalDate day, LocalDate today) {
        return !day.isBefore(earliest(today)) && !day.isAfter(latest(today));
    }
}
