package org.parkgate.lane;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up but lifelike traffic of a residential lot, for the demo's history and for measuring the
 * space forecast (DD-019): residents' cars are inside at night, most leave on weekday mornings
 * (about 7:45) and come back in the evening (about 18:30), fewer and later at weekends; visitors
 * come in the daytime (most around 14:00) for about two hours; some days are busier or quieter
 * than others for everyone. The same seed gives the same traffic.
 */
public final class DemoTraffic {

    /** One stay: a plate inside from {@code in} until {@code out}. */
    public record Stay(String plate, Instant in, Instant out) {
    }

    private static final long MINUTE = 60_000L;

    private DemoTraffic() {
    }

    /**
     * The stays of {@code days} days from {@code firstDay} on, all ended by the end of the last day
     * (a resident inside then is taken out at midnight, so nothing is left open).
     */
    public static List<Stay> of(List<String> residents, int visitorsOnAWeekday, LocalDate firstDay, int days, ZoneId zone,
            long seed) {
        var random = new Random(seed);
        // some days are quieter or busier for everyone (rain, a holiday, an event nearby)
        double[] dayFactor = new double[days];
        for (int d = 0; d < days; d++) {
            dayFactor[d] = Math.max(0.5, Math.min(1.3, 1 + random.nextGaussian() * 0.15));
        }
        long start = firstDay.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = firstDay.plusDays(days).atStartOfDay(zone).toInstant().toEpochMilli();
        List<Stay> stays = new ArrayList<>();
        for (String plate : residents) {
            boolean commuter = random.nextDouble() < 0.75;
            long inSince = start;
            for (int d = 0; d < days; d++) {
                LocalDate day = firstDay.plusDays(d);
                long midnight = day.atStartOfDay(zone).toInstant().toEpochMilli();
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                double goesOut = Math.min(0.98, (weekend ? 0.45 : commuter ? 0.92 : 0.35) * dayFactor[d]);
                if (random.nextDouble() >= goesOut) {
                    continue;
                }
                long leaves = midnight + minutes(random, weekend ? 10 * 60 : commuter ? 7 * 60 + 45 : 10 * 60,
                        weekend ? 120 : commuter ? 35 : 90);
                long away = weekend || !commuter ? minutes(random, 4 * 60, 90) : minutes(random, 10 * 60 + 45, 70);
                long back = Math.min(leaves + Math.max(30 * MINUTE, away), midnight + 24 * 60 * MINUTE - MINUTE);
                if (leaves <= inSince) {
                    continue;
                }
                stays.add(new Stay(plate, Instant.ofEpochMilli(inSince), Instant.ofEpochMilli(leaves)));
                inSince = back;
            }
            if (inSince < end) {
                stays.add(new Stay(plate, Instant.ofEpochMilli(inSince), Instant.ofEpochMilli(end)));
            }
        }
        int visitor = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            long midnight = day.atStartOfDay(zone).toInstant().toEpochMilli();
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            int count = (int) Math.round(visitorsOnAWeekday * (weekend ? 1.5 : 1.0) * dayFactor[d]);
            for (int v = 0; v < count; v++) {
                long in = midnight + Math.max(7 * 60 * MINUTE, Math.min(22 * 60 * MINUTE, minutes(random, 14 * 60, 180)));
                long stay = Math.max(15 * MINUTE, (long) (-Math.log(1 - random.nextDouble()) * 120 * MINUTE));
                long out = Math.min(in + stay, end);
                stays.add(new Stay(String.format("京N%05d", visitor++ % 100_000), Instant.ofEpochMilli(in),
                        Instant.ofEpochMilli(out)));
            }
        }
        return stays;
    }

    /** A time of day in minutes around {@code mean}, spread by {@code spread} (normal), as milliseconds. */
    private static long minutes(Random random, int mean, int spread) {
        double minutes = mean + random.nextGaussian() * spread;
        return (long) (Math.max(0, Math.min(24 * 60 - 1, minutes)) * MINUTE);
    }
}
