package org.parkgate.base.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** One way to show an instant everywhere: the lot's zone, ISO-like, readable in both languages. */
public final class DateTimes {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DateTimes() {
    }

    public static String format(Instant instant, Clock clock) {
        return DATE_TIME.format(instant.atZone(clock.getZone()));
    }
}
