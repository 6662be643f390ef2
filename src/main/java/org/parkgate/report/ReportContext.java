package org.parkgate.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.Translations;

/**
 * What every report is made for: a month (in the business zone), the reader's language, and the
 * person and moment it is made by and at (printed under the title, for the auditor).
 */
record ReportContext(YearMonth month, Locale locale, String madeBy, Clock clock, Translations translations) {

    ZoneId zone() {
        return clock.getZone();
    }

    /** The first moment of the month. */
    Timestamp from() {
        return Timestamp.from(month.atDay(1).atStartOfDay(zone()).toInstant());
    }

    /** The first moment after the month. */
    Timestamp until() {
        return Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone()).toInstant());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String t(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    String time(Instant instant) {
        return DateTimes.format(instant, clock);
    }

    /** The lines under every report's title: the period, and who made it when. */
    java.util.List<String> notes(String... more) {
        var notes = new java.util.ArrayList<String>();
        notes.add(t("report.period", month.toString()));
        notes.add(t("report.made", time(clock.instant()), madeBy));
        notes.addAll(java.util.List.of(more));
        return notes;
    }
}
