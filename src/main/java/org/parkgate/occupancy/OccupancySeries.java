package org.parkgate.occupancy;

import java.util.Arrays;
import java.util.List;

/**
 * How many vehicles were inside at each whole hour of a window, from the stays: one sweep over
 * the entries and exits in time order (n log n in the stays), not a count of every stay per hour.
 */
public final class OccupancySeries {

    static final long HOUR = 3_600_000L;

    private OccupancySeries() {
    }

    /**
     * The count inside at {@code from}, {@code from} + 1 h, ... for {@code hours} hours
     * ({@code from} on a whole hour). A stay counts at an instant when {@code in <= t < out}.
     */
    public static int[] hourly(List<StayInterval> stays, long from, int hours) {
        long[] ins = new long[stays.size()];
        long[] outs = new long[stays.size()];
        for (int i = 0; i < stays.size(); i++) {
            ins[i] = stays.get(i).in();
            outs[i] = stays.get(i).out();
        }
        Arrays.sort(ins);
        Arrays.sort(outs);
        int[] counts = new int[hours];
        int in = 0;
        int out = 0;
        for (int h = 0; h < hours; h++) {
            long at = from + h * HOUR;
            while (in < ins.length && ins[in] <= at) {
                in++;
            }
            while (out < outs.length && outs[out] <= at) {
                out++;
            }
            counts[h] = in - out;
        }
        return counts;
    }
}
