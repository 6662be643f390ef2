package org.parkgate.occupancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parkgate.lane.DemoTraffic;

/**
 * The space forecast against what happened, on the demo's generated traffic (DD-019): eight weeks
 * of history, a ninth held out; from every hour of the held-out week, each of the next 12 hours is
 * forecast and compared with the count that week really had.
 */
class SpaceForecastTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int CAPACITY = 300;
    static final long HOUR = OccupancySeries.HOUR;

    record Errors(double forecast, double usualOnly, double sameAsNow, double[] byHoursAhead) {
    }

    /** Mean absolute errors in spaces over the held-out week, of the forecast and of two simpler rules. */
    static Errors heldOutWeek(long seed) {
        List<String> residents = IntStream.range(0, CAPACITY * 3 / 4).mapToObj(i -> String.format("京A%05d", i)).toList();
        LocalDate first = LocalDate.of(2026, 3, 2); // a Monday
        var stays = DemoTraffic.of(residents, CAPACITY / 5, first, 9 * 7, ZONE, seed).stream()
                .map(stay -> new StayInterval(stay.in().toEpochMilli(), stay.out().toEpochMilli())).toList();
        long start = first.atStartOfDay(ZONE).toInstant().toEpochMilli();
        int historyHours = 8 * 7 * 24;
        int[] all = OccupancySeries.hourly(stays, start, historyHours + 7 * 24 + 12);
        var forecast = new SpaceForecast(java.util.Arrays.copyOf(all, historyHours), start, ZONE);
        var usualOnly = new SpaceForecast(java.util.Arrays.copyOf(all, historyHours), start, ZONE);
        double errors = 0;
        double usualErrors = 0;
        double persistenceErrors = 0;
        int n = 0;
        double[] byAhead = new double[12];
        for (int h = historyHours; h < historyHours + 7 * 24; h++) {
            long now = start + h * HOUR;
            int[] expected = forecast.inside(now, all[h], CAPACITY, 12);
            for (int ahead = 1; ahead <= 12; ahead++) {
                int actual = all[h + ahead];
                errors += Math.abs(expected[ahead - 1] - actual);
                byAhead[ahead - 1] += Math.abs(expected[ahead - 1] - actual) / (7.0 * 24);
                usualErrors += Math.abs(Math.round(usualOnly.usualAt(java.time.Instant.ofEpochMilli(now + ahead * HOUR)))
                        - actual);
                persistenceErrors += Math.abs(all[h] - actual);
                n++;
            }
        }
        return new Errors(errors / n, usualErrors / n, persistenceErrors / n, byAhead);
    }

    @Test
    void onAHeldOutWeekTheForecastIsCloserThanTheCountNowAndNoWorseThanTheUsualCount() {
        List<Errors> runs = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            runs.add(heldOutWeek(seed));
        }
        for (Errors run : runs) {
            System.out.printf("SpaceForecastTest: MAE over the held-out week, 1-12 h ahead: forecast %.1f, "
                    + "usual count only %.1f, count now %.1f spaces (of %d)%n", run.forecast(), run.usualOnly(),
                    run.sameAsNow(), CAPACITY);
            System.out.printf("SpaceForecastTest: by hours ahead 1, 3, 6, 12: %.1f, %.1f, %.1f, %.1f%n",
                    run.byHoursAhead()[0], run.byHoursAhead()[2], run.byHoursAhead()[5], run.byHoursAhead()[11]);
            assertThat(run.forecast()).isLessThan(run.sameAsNow() / 2);
            assertThat(run.forecast()).isLessThanOrEqualTo(run.usualOnly());
        }
    }

    @Test
    void theCountsAreThoseOfTheStaysAtEachHour() {
        long h = HOUR;
        var stays = List.of(new StayInterval(0, 2 * h), new StayInterval(h, Long.MAX_VALUE), new StayInterval(h + 1, 3 * h));
        assertThat(OccupancySeries.hourly(stays, 0, 4)).containsExactly(1, 2, 2, 1);
    }

    @Test
    void aLotFullerThanUsualNowStaysFullerForAFewHoursAndNeverBeyondItsCapacity() {
        long monday = LocalDate.of(2026, 3, 2).atStartOfDay(ZONE).toInstant().toEpochMilli();
        int[] history = new int[2 * 7 * 24];
        java.util.Arrays.fill(history, 100);
        var forecast = new SpaceForecast(history, monday, ZONE);
        long now = monday + (2 * 7 * 24 + 10) * HOUR;

        int[] expected = forecast.inside(now, 200, 150, 12);
        assertThat(expected[0]).isEqualTo(150).as("capped");
        assertThat(expected[11]).isBetween(100, 110);
        assertThat(forecast.inside(now, 100, 300, 3)).containsExactly(100, 100, 100);
    }
}
