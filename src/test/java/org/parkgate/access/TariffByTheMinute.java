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

    static long fee(VisitorTariff t, long entryMillis, long exitMillis, boolean freeTimeApplies, int exempt) {
        if (exitMillis <= entryMillis) {
            return 0;
        }
        long entry = Math.floorDiv(entryMillis, 60_000L);
        long stay = Math.ceilDiv(exitMillis - entryMillis, 60_000L);
        int free = freeTimeApplies ? t.freeMinutes() : 0;
        if (stay <= free + exempt) {
            return 0;
        }
        int offset = t.offset().getTotalSeconds() / 60;
        long chargeableMinutes = 0;
        for (long m = entry; m < entry + stay; m++) {
            if (!isNight(t, m, offset)) {
                chargeableMinutes++;
            }
        }
        // the last deducted free and exempt chargeable minutes are not charged
        long charged = chargeableMinutes - exempt - (t.freeTime() == VisitorTariff.FreeTime.DEDUCT ? free : 0);
        Map<Long, Long> perPeriod = new HashMap<>();
        Set<Long> nightsCharged = new HashSet<>();
        long chargeableSoFar = 0;
        long chargedSinceStart = 0;
        long lastPeriod = Long.MIN_VALUE;
        for (long m = entry; m < entry + stay; m++) {
            long period = t.capPeriod() == VisitorTariff.CapPeriod.CALENDAR_DAY
                    ? Math.floorDiv(m + offset, 1440) : Math.floorDiv(m - entry, 1440);
            if (period != lastPeriod && t.capPeriod() == VisitorTariff.CapPeriod.RESTART_24H) {
                chargedSinceStart = 0; // the tariff starts again, first segment included
            }
            lastPeriod = period;
            long charge = 0;
            int minuteOfDay = (int) Math.floorMod(m + offset, 1440);
            boolean night = isNight(t, m, offset);
            if (night && t.night() == VisitorTariff.Night.FLAT) {
                // a night is identified by the local day it started on
                long localDay = Math.floorDiv(m + offset, 1440);
                long nightId = minuteOfDay >= t.nightStartMinute() ? localDay : localDay - 1;
                if (nightsCharged.add(nightId)) {
                    charge += t.nightPrice();
                }
            }
            if (!night && ++chargeableSoFar <= charged) {
                chargedSinceStart++;
                if (chargedSinceStart == 1) {
                    charge += t.firstSegmentPrice();
                } else if (chargedSinceStart > t.firstSegmentMinutes()
                        && (chargedSinceStart - t.firstSegmentMinutes() - 1) % t.stepMinutes() == 0) {
                    charge += t.stepPrice();
                }
            }
            perPeriod.merge(period, charge, Long::sum);
        }
        return perPeriod.values().stream()
                .mapToLong(sum -> t.dailyCap() > 0 ? Math.min(t.dailyCap(), sum) : sum)
                .sum();
    }

    private static boolean isNight(VisitorTariff t, long minute, int offset) {
        return t.night() != VisitorTariff.Night.NONE && inNight(t, (int) Math.floorMod(minute + offset, 1440));
    }

    private static boolean inNight(VisitorTariff t, int minuteOfDay) {
        return t.nightStartMinute() < t.nightEndMinute()
                ? minuteOfDay >= t.nightStartMinute() && minuteOfDay < t.nightEndMinute()
                : minuteOfDay >= t.nightStartMinute() || minuteOfDay < t.nightEndMinute();
    }
}
