package org.parkgate.access;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;

/**
 * What a visitor pays for a stay, computed in closed form (no per-minute loop) in minor units.
 *
 * <p>The model, minute by minute (a started minute counts):
 * <ul>
 *   <li><b>Free time</b>: {@link FreeTime#WAIVE_SHORT_STAYS} makes stays of at most
 *       {@code freeMinutes} free and charges longer stays from the entry;
 *       {@link FreeTime#DEDUCT} never charges the first {@code freeMinutes}.</li>
 *   <li><b>Charging</b>: counting chargeable minutes from the start of charging, the first minute
 *       costs {@code firstSegmentPrice} (covering {@code firstSegmentMinutes}); after that every
 *       started step of {@code stepMinutes} costs {@code stepPrice}.</li>
 *   <li><b>Night</b> (local {@code nightStart}..{@code nightEnd}, may wrap midnight): with
 *       {@link Night#FREE} or {@link Night#FLAT} night minutes are not chargeable; with FLAT each
 *       night the vehicle is present in costs {@code nightPrice} once, when it is first present.</li>
 *   <li><b>Cap</b>: charges falling into one period never exceed {@code dailyCap} (0 = no cap);
 *       periods are calendar days in the lot's zone ({@link CapPeriod#CALENDAR_DAY}) or 24 h from
 *       the entry ({@link CapPeriod#ROLLING_24H}).</li>
 * </ul>
 * The zone is taken as a fixed offset (China has no daylight saving); for a zone with daylight
 * saving the offset in force when the tariff is created is used.
 */
public record VisitorTariff(
        Currency currency,
        FreeTime freeTime,
        int freeMinutes,
        int firstSegmentMinutes,
        long firstSegmentPrice,
        int stepMinutes,
        long stepPrice,
        CapPeriod capPeriod,
        long dailyCap,
        Night night,
        int nightStartMinute,
        int nightEndMinute,
        long nightPrice,
        int reentryMinutes,
        ZoneOffset offset) {

    /** How free minutes are granted. */
    public enum FreeTime { WAIVE_SHORT_STAYS, DEDUCT }

    /** What the daily cap is counted over. */
    public enum CapPeriod { CALENDAR_DAY, ROLLING_24H }

    /** What happens at night. */
    public enum Night { NONE, FREE, FLAT }

    static final int DAY = 1440;
    private static final long MINUTE_MILLIS = 60_000L;

    public VisitorTariff {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(freeTime, "freeTime");
        Objects.requireNonNull(capPeriod, "capPeriod");
        Objects.requireNonNull(night, "night");
        Objects.requireNonNull(offset, "offset");
        require(freeMinutes >= 0 && freeMinutes <= 10 * DAY, "free minutes must be 0..14400");
        require(firstSegmentMinutes >= 1 && firstSegmentMinutes <= DAY, "first segment must be 1..1440 minutes");
        require(stepMinutes >= 1 && stepMinutes <= DAY, "step must be 1..1440 minutes");
        require(firstSegmentPrice >= 0 && stepPrice >= 0 && dailyCap >= 0 && nightPrice >= 0,
                "prices and cap must not be negative");
        require(reentryMinutes >= 0, "re-entry minutes must not be negative");
        if (night != Night.NONE) {
            require(nightStartMinute >= 0 && nightStartMinute < DAY && nightEndMinute >= 0 && nightEndMinute < DAY
                    && nightStartMinute != nightEndMinute, "night window must be two different times of day");
        }
    }

    /** A tariff in a region's zone; see the class comment about daylight saving. */
    public static VisitorTariff of(Currency currency, FreeTime freeTime, int freeMinutes, int firstSegmentMinutes,
            long firstSegmentPrice, int stepMinutes, long stepPrice, CapPeriod capPeriod, long dailyCap, Night night,
            int nightStartMinute, int nightEndMinute, long nightPrice, int reentryMinutes, ZoneId zone) {
        return new VisitorTariff(currency, freeTime, freeMinutes, firstSegmentMinutes, firstSegmentPrice,
                stepMinutes, stepPrice, capPeriod, dailyCap, night, nightStartMinute, nightEndMinute, nightPrice,
                reentryMinutes, zone.getRules().getOffset(java.time.Instant.now()));
    }

    /**
     * The fee for a stay from {@code entryMillis} to {@code exitMillis}.
     *
     * @param freeTimeApplies false when the vehicle re-entered within {@code reentryMinutes} of
     *        its last exit: free time is not granted again
     * @param extraFreeMinutes free minutes granted on top (an exemption's free visitor hours),
     *        always deducted
     * @return minor units, never negative
     */
    public long fee(long entryMillis, long exitMillis, boolean freeTimeApplies, int extraFreeMinutes) {
        if (exitMillis <= entryMillis) {
            return 0;
        }
        long entry = Math.floorDiv(entryMillis, MINUTE_MILLIS);
        long stay = Math.ceilDiv(exitMillis - entryMillis, MINUTE_MILLIS);
        long end = entry + stay;
        int free = freeTimeApplies ? freeMinutes : 0;
        long start;
        if (freeTime == FreeTime.WAIVE_SHORT_STAYS) {
            if (stay <= free) {
                return 0;
            }
            start = entry + Math.max(0, extraFreeMinutes);
        } else {
            start = entry + free + Math.max(0, (long) extraFreeMinutes);
        }
        if (start >= end) {
            return 0;
        }
        return new Stay(entry, start, end).total();
    }

    /** One stay's arithmetic: epoch minutes of entry, start of charging and end (exclusive). */
    private final class Stay {
        private final long entry;
        private final long start;
        private final long end;
        private final int offsetMinutes = offset.getTotalSeconds() / 60;
        private final int nightLength = night == Night.NONE ? 0
                : Math.floorMod(nightEndMinute - nightStartMinute, DAY);

        Stay(long entry, long start, long end) {
            this.entry = entry;
            this.start = start;
            this.end = end;
        }

        long total() {
            long firstPeriod = period(start);
            long lastPeriod = period(end - 1);
            if (firstPeriod == lastPeriod) {
                return capped(start, end);
            }
            long total = Math.addExact(capped(start, periodStart(firstPeriod + 1)), capped(periodStart(lastPeriod), end));
            long period = firstPeriod + 1;
            // peel middle periods until the first segment is paid, then all remaining ones are alike
            while (period < lastPeriod && chargeTime(periodStart(period)) < firstSegmentMinutes) {
                total = Math.addExact(total, capped(periodStart(period), periodStart(period + 1)));
                period++;
            }
            return Math.addExact(total, uniformPeriods(period, lastPeriod - period));
        }

        /**
         * {@code count} whole periods from {@code first}, all after the first segment: each adds
         * the same chargeable minutes, so each holds q or q+1 steps and (with FLAT) one night.
         */
        private long uniformPeriods(long first, long count) {
            if (count <= 0) {
                return 0;
            }
            long chargeableMinutes = DAY - nightLength;
            long from = chargeTime(periodStart(first)) - firstSegmentMinutes;
            long steps = stepsUpTo(from + count * chargeableMinutes) - stepsUpTo(from);
            long perPeriod = chargeableMinutes / stepMinutes;
            long withOneMore = steps - count * perPeriod;
            long nightCharge = night == Night.FLAT ? nightPrice : 0;
            // exact arithmetic: an absurd price overflows into an exception (a denial), never a wrap
            return Math.addExact(
                    Math.multiplyExact(count - withOneMore,
                            cap(Math.addExact(Math.multiplyExact(perPeriod, stepPrice), nightCharge))),
                    Math.multiplyExact(withOneMore,
                            cap(Math.addExact(Math.multiplyExact(perPeriod + 1, stepPrice), nightCharge))));
        }

        /** Charges that fall into [from, to) (one period), capped. */
        private long capped(long from, long to) {
            long charges = cumulativeCharge(chargeTime(to)) - cumulativeCharge(chargeTime(from));
            if (night == Night.FLAT) {
                charges = Math.addExact(charges, Math.multiplyExact(nightPrice, nightEvents(from, to)));
            }
            return cap(charges);
        }

        private long cap(long charges) {
            return dailyCap > 0 ? Math.min(dailyCap, charges) : charges;
        }

        /** Price of the first {@code chargeable} chargeable minutes. */
        private long cumulativeCharge(long chargeable) {
            if (chargeable <= 0) {
                return 0;
            }
            return Math.addExact(firstSegmentPrice,
                    Math.multiplyExact(stepsUpTo(chargeable - firstSegmentMinutes), stepPrice));
        }

        /** Steps started within the first {@code minutes} minutes after the first segment. */
        private long stepsUpTo(long minutes) {
            return minutes <= 0 ? 0 : Math.ceilDiv(minutes, stepMinutes);
        }

        /** Chargeable minutes in [start, t). */
        private long chargeTime(long t) {
            if (t <= start) {
                return 0;
            }
            return (t - start) - (nightBefore(t) - nightBefore(start));
        }

        /** Night minutes from the local epoch up to t (a monotone counter; only differences matter). */
        private long nightBefore(long t) {
            if (nightLength == 0) {
                return 0;
            }
            long local = t + offsetMinutes;
            long days = Math.floorDiv(local, DAY);
            long minuteOfDay = Math.floorMod(local, DAY);
            return days * nightLength + nightWithinDayBefore(minuteOfDay);
        }

        private long nightWithinDayBefore(long minuteOfDay) {
            if (nightStartMinute < nightEndMinute) {
                return clamp(minuteOfDay, nightStartMinute, nightEndMinute) - nightStartMinute;
            }
            // wraps midnight: [0, end) and [start, 1440)
            return Math.min(minuteOfDay, nightEndMinute) + Math.max(0, minuteOfDay - nightStartMinute);
        }

        /**
         * FLAT nights charged in [from, to): a night is charged at the first minute the vehicle
         * is present and chargeable in it, i.e. at its start, or at the start of charging.
         */
        private long nightEvents(long from, long to) {
            long events = nightStartsIn(Math.max(from, start), to);
            boolean startsInsideANight = isNight(start) && nightStartsIn(start, start + 1) == 0;
            if (startsInsideANight && from <= start && start < to) {
                events++;
            }
            return events;
        }

        /** Nights beginning in [from, to). */
        private long nightStartsIn(long from, long to) {
            if (to <= from) {
                return 0;
            }
            long shift = offsetMinutes - nightStartMinute; // night starts where (t + shift) % 1440 == 0
            return Math.floorDiv(to - 1 + shift, DAY) - Math.floorDiv(from - 1 + shift, DAY);
        }

        private boolean isNight(long t) {
            long minuteOfDay = Math.floorMod(t + offsetMinutes, DAY);
            return nightStartMinute < nightEndMinute
                    ? minuteOfDay >= nightStartMinute && minuteOfDay < nightEndMinute
                    : minuteOfDay >= nightStartMinute || minuteOfDay < nightEndMinute;
        }

        private long period(long t) {
            return capPeriod == CapPeriod.ROLLING_24H
                    ? Math.floorDiv(t - entry, DAY)
                    : Math.floorDiv(t + offsetMinutes, DAY);
        }

        private long periodStart(long period) {
            return capPeriod == CapPeriod.ROLLING_24H ? entry + period * DAY : period * DAY - offsetMinutes;
        }
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
