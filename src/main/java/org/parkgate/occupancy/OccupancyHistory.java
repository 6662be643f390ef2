package org.parkgate.occupancy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How full a lot was, hour by hour, from the recorded stays (entry to exit): the count at the end
 * of each hour. Stays without a recorded entry are left out.
 */
@Service
public class OccupancyHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    OccupancyHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Today, from midnight to the current hour, in the lot's zone. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    public List<HourlyCount> today(String lotId) {
        Instant midnight = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        return hourly(lotId, midnight, clock.instant());
    }

    /** The last 7 days, hour by hour, up to the current hour. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    public List<HourlyCount> lastSevenDays(String lotId) {
        Instant now = clock.instant();
        return hourly(lotId, now.minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS), now);
    }

    @Transactional(readOnly = true)
    List<HourlyCount> hourly(String lotId, Instant from, Instant to) {
        Instant first = from.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant last = to.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        int hours = (int) Duration.between(first, last).toHours() + 1;
        List<StayInterval> stays = stays(lotId, from, to);
        int[] counts = OccupancySeries.hourly(stays, first.toEpochMilli(), hours);
        int insideNow = OccupancySeries.hourly(stays, to.toEpochMilli(), 1)[0];
        List<HourlyCount> hourly = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            Instant at = first.plus(Duration.ofHours(h));
            hourly.add(new HourlyCount(at, at.isAfter(to) ? insideNow : counts[h])); // the hour running: as now
        }
        return hourly;
    }

    /** The lot's stays with a recorded entry that overlap [{@code from}, {@code to}]. */
    @Transactional(readOnly = true)
    List<StayInterval> stays(String lotId, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT entered_at, exited_at FROM stay
                        WHERE lot = ? AND entered_at IS NOT NULL AND entered_at <= ? AND (exited_at IS NULL OR exited_at > ?)""")
                .params(lotId, Timestamp.from(to), Timestamp.from(from))
                .query((rs, row) -> new StayInterval(rs.getTimestamp(1).toInstant().toEpochMilli(),
                        rs.getTimestamp(2) == null ? Long.MAX_VALUE : rs.getTimestamp(2).toInstant().toEpochMilli()))
                .list();
    }
}
