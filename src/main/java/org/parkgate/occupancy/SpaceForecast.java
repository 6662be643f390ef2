package org.parkgate.occupancy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The expected number of vehicles inside a lot over the next hours (DD-019): the lot's usual count
 * at that hour of the week, the mean over the weeks of history, corrected by how far the lot is
 * from its usual count now, a difference that fades by {@link #DECAY} an hour (a lot fuller than
 * usual at 10:00 is still fuller at 11:00, much less so by evening). Hours of the week the history
 * has never seen are taken as the count now. Plain arithmetic, no framework: tested and measured
 * as it is.
 */
public final class SpaceForecast {

    /** What is left of today's difference from the usual count after each hour ahead. */
    public static final double DECAY = 0.8;
    /** How much history the forecast reads. */
    public static final int HISTORY_WEEKS = 8;
    static final int HOURS_A_WEEK = 7 * 24;

    private final double[] usual = new double[HOURS_A_WEEK];
    private final boolean[] seen = new boolean[HOURS_A_WEEK];
    private final ZoneId zone;

    /**
     * @param history the count inside at each whole hour from {@code historyStart} on
     *        ({@link OccupancySeries#hourly})
     */
    public SpaceForecast(int[] history, long historyStart, ZoneId zone) {
        this.zone = zone;
        double[] sum = new double[HOURS_A_WEEK];
        int[] weeks = new int[HOURS_A_WEEK];
        for (int h = 0; h < history.length; h++) {
            int slot = hourOfWeek(historyStart + h * OccupancySeries.HOUR);
            sum[slot] += history[h];
            weeks[slot]++;
        }
        for (int slot = 0; slot < HOURS_A_WEEK; slot++) {
            seen[slot] = weeks[slot] > 0;
            usual[slot] = seen[slot] ? sum[slot] / weeks[slot] : 0;
        }
    }

    /**
     * The expected count inside at each of the {@code hours} whole hours after {@code now}, given
     * {@code insideNow}; never below 0 nor above {@code capacity}.
     */
    public int[] inside(long now, int insideNow, int capacity, int hours) {
        long hour = now - Math.floorMod(now, OccupancySeries.HOUR);
        int slotNow = hourOfWeek(hour);
        double difference = seen[slotNow] ? insideNow - usual[slotNow] : 0;
        double base = seen[slotNow] ? usual[slotNow] : insideNow;
        int[] expected = new int[hours];
        double fade = 1;
        for (int h = 1; h <= hours; h++) {
            fade *= DECAY;
            int slot = hourOfWeek(hour + h * OccupancySeries.HOUR);
            double value = (seen[slot] ? usual[slot] : base) + difference * fade;
            expected[h - 1] = (int) Math.max(0, Math.min(capacity, Math.round(value)));
        }
        return expected;
    }

    /** The usual count at the hour of the week of {@code at} (for charts); the count of no week seen: -1. */
    public double usualAt(Instant at) {
        int slot = hourOfWeek(at.toEpochMilli());
        return seen[slot] ? usual[slot] : -1;
    }

    private int hourOfWeek(long millis) {
        ZonedDateTime at = Instant.ofEpochMilli(millis).atZone(zone);
        return (at.getDayOfWeek().getValue() - 1) * 24 + at.getHour();
    }
}
