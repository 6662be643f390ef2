package org.parkgate.lot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.parkgate.access.VisitorTariff;

/**
 * What a visitor pays for the stays people ask about (30 minutes, 2 hours, 8 hours, a day, three
 * days), by the core's own fee calculation, entering at {@link #ENTRY} (a daytime entry, so night
 * rules show as a driver meets them) with the free time granted and no exemption.
 */
public final class TypicalStays {

    /** The stays shown, shortest first. */
    public static final List<Duration> STAYS = List.of(Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(8), Duration.ofHours(24), Duration.ofDays(3));
    /** When the example vehicles enter. */
    public static final LocalTime ENTRY = LocalTime.of(9, 0);

    /** A stay and its fee in minor units. */
    public record Fee(Duration stay, long fee) {

        public int minutes() {
            return (int) stay.toMinutes();
        }
    }

    private TypicalStays() {
    }

    /** The fee of each typical stay entering at {@link #ENTRY} on {@code day} in {@code zone}. */
    public static List<Fee> fees(VisitorTariff tariff, LocalDate day, ZoneId zone) {
        long entry = day.atTime(ENTRY).atZone(zone).toInstant().toEpochMilli();
        return STAYS.stream().map(stay -> new Fee(stay, tariff.fee(entry, entry + stay.toMillis(), true, 0))).toList();
    }
}
