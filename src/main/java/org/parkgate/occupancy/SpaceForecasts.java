package org.parkgate.occupancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkgate.access.Lot;
import org.parkgate.lane.Site;
import org.parkgate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free spaces per lot now (the lanes' live count) and over the next {@link #HOURS} hours, forecast
 * from the lot's own stays of the last {@link SpaceForecast#HISTORY_WEEKS} weeks (DD-019); and, for
 * the managers' dashboard, the forecast made {@link #HOURS} hours ago beside what happened since.
 */
@Service
public class SpaceForecasts {

    public static final int HOURS = 12;

    private final OccupancyHistory history;
    private final Site site;
    private final Clock clock;

    SpaceForecasts(OccupancyHistory history, Site site, Clock clock) {
        this.history = history;
        this.site = site;
        this.clock = clock;
    }

    /** Every lot's free spaces now and expected. */
    @PreAuthorize(Role.Names.ALL_STAFF_OR_OWNER)
    @Transactional(readOnly = true)
    public List<LotSpaces> now() {
        List<LotSpaces> lots = new ArrayList<>();
        Instant now = clock.instant();
        for (Lot lot : site.lots()) {
            int inside = Math.min(lot.capacity(), lot.inside());
            int[] expected = forecast(lot.id(), now).inside(now.toEpochMilli(), inside, lot.capacity(), HOURS);
            lots.add(new LotSpaces(lot.id(), site.lotName(lot.id()), lot.capacity(), lot.capacity() - inside,
                    free(lot.capacity(), expected, now)));
        }
        return lots;
    }

    /** What was forecast {@link #HOURS} hours ago for each hour since, and what the lot then had. */
    public record AgainstActual(List<LotSpaces.Expected> forecast, List<HourlyCount> actual, int capacity) {
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public AgainstActual againstActual(String lotId) {
        Lot lot = site.lots().stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lot " + lotId));
        Instant now = clock.instant();
        Instant then = now.minus(Duration.ofHours(HOURS));
        List<HourlyCount> actual = history.hourly(lotId, then, now);
        int insideThen = OccupancySeries.hourly(history.stays(lotId, then, then), then.toEpochMilli(), 1)[0];
        int[] expected = forecast(lotId, then).inside(then.toEpochMilli(), insideThen, lot.capacity(), HOURS);
        return new AgainstActual(free(lot.capacity(), expected, then), actual, lot.capacity());
    }

    /** The forecast made from the history up to an hour; what it knows changes only at the next hour. */
    private record Made(long hour, SpaceForecast forecast) {
    }

    /**
     * Per lot, the forecast of the current hour: the free-spaces page asks every 15 s on every open
     * phone, and reading 8 weeks of stays each time would be the same answer again.
     */
    private final Map<String, Made> thisHour = new ConcurrentHashMap<>();

    /** The forecast as of {@code now}, from the history before its hour (made once an hour per lot). */
    private SpaceForecast forecast(String lotId, Instant now) {
        long hour = now.truncatedTo(ChronoUnit.HOURS).toEpochMilli();
        Made made = thisHour.get(lotId);
        if (made != null && made.hour() == hour) {
            return made.forecast();
        }
        SpaceForecast forecast = fromHistory(lotId, now);
        if (!now.isBefore(clock.instant().truncatedTo(ChronoUnit.HOURS))) { // the current hour, not a past one
            thisHour.put(lotId, new Made(hour, forecast));
        }
        return forecast;
    }

    private SpaceForecast fromHistory(String lotId, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.HOURS);
        Instant start = end.minus(Duration.ofDays(7L * SpaceForecast.HISTORY_WEEKS));
        int hours = (int) Duration.between(start, end).toHours();
        int[] series = OccupancySeries.hourly(history.stays(lotId, start, end), start.toEpochMilli(), hours);
        return new SpaceForecast(series, start.toEpochMilli(), clock.getZone());
    }

    private static List<LotSpaces.Expected> free(int capacity, int[] inside, Instant from) {
        Instant hour = from.truncatedTo(ChronoUnit.HOURS);
        List<LotSpaces.Expected> free = new ArrayList<>();
        for (int h = 0; h < inside.length; h++) {
            free.add(new LotSpaces.Expected(hour.plus(Duration.ofHours(h + 1L)), capacity - inside[h]));
        }
        return free;
    }
}
