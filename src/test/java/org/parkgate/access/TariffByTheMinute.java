package org.parkgate.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The tariff's rules applied minute by minute, exactly as {@link VisitorTariff}'s class comment
 * states them. Slow and obviously right; the closed form must agree with it.
 */
final class TariffByTheMinute {

    private TariffByTheMinute() {
    }

    static long fee(VisitorTariff t, long entryMillis, long exitMillis, boolean freeTimeApplies, int extraFree) {
        if (exitMillis <= entryMillis) {
            return 0;
        }
        long entry = Math.floorDiv(entryMillis, 60_000L);
        long stay = Math.ceilDiv(exitMillis - entryMillis, 60_000L);
        int free = freeTimeApplies ? t.freeMinutes() : 0;
        long start;
        if (t.freeTime() == VisitorTariff.FreeTime.WAIVE_SHORT_STAYS) {
            if (stay <= free) {
                return 0;
            }
            start = entry + extraFree;
        } else {
            start = entry + free + extraFree;
        }
        int offset = t.offset().getTotalSeconds() / 60;
        Map<Long, Long> perPeriod = new HashMap<>();
        Set<Long> nightsCharged = new HashSet<>();
        long chargeable = 0;
        for (long m = start; m < entry + stay; m++) {
            long period = t.capPeriod() == VisitorTariff.CapPeriod.ROLLING_24H
                    ? Math.floorDiv(m - entry, 1440) : Math.floorDiv(m + offset, 1440);
            long charge = 0;
            int minuteOfDay = (int) Math.floorMod(m + offset, 1440);
            boolean night = t.night() != VisitorTariff.Night.NONE && inNight(t, minuteOfDay);
            if (night && t.night() == VisitorTariff.Night.FLAT) {
                // a night is identified by the local day it started on
                long localDay = Math.floorDiv(m + offset, 1440);
                long nightId = minuteOfDay >= t.nightStartMinute() ? localDay : localDay - 1;
                if (nightsCharged.add(nightId)) {
                    charge += t.nightPrice();
                }
            }
            if (!night) {
                chargeable++;
                if (chargeable == 1) {
                    charge += t.firstSegmentPrice();
                } else if (chargeable > t.firstSegmentMinutes()
                        && (chargeable - t.firstSegmentMinutes() - 1) % t.stepMinutes() == 0) {
                    charge += t.stepPrice();
                }
            }
            perPeriod.merge(period, charge, Long::sum);
        }
        return perPeriod.values().stream()
                .mapToLong(sum -> t.dailyCap() > 0 ? Math.min(t.dailyCap(), sum) : sum)
                .sum();
    }

    private static boolean inNight(VisitorTariff t, int minuteOfDay) {
        return t.nightStartMinute() < t.nightEndMinute()
                ? minuteOfDay >= t.nightStartMinute() && minuteOfDay < t.nightEndMinute()
                : minuteOfDay >= t.nightStartMinute() || minuteOfDay < t.nightEndMinute();
    }
}
