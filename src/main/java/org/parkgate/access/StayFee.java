package org.parkgate.access;

import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.Night;

/**
 * One stay's fee under a {@link VisitorTariff}, the rules of its class comment in closed form:
 * whole periods in the middle of a long stay are counted in bulk, so 90 days cost no more than 3.
 * Times are epoch minutes; every sum is exact (an overflow throws).
 */
final class StayFee {

    private static final int DAY = VisitorTariff.DAY;

    private final VisitorTariff tariff;
    private final long entry;
    private final long end;
    private final int offsetMinutes;
    private final int nightLength;
    /** Chargeable minutes in every whole period (a whole period holds exactly one night). */
    private final long chargeablePerPeriod;
    private final boolean restarts;
    private final long nightCharge;
    /** How many of the stay's chargeable minutes are charged: the ones after them are free. */
    private final long charged;

    /**
     * @param entry the entry
     * @param end the end, exclusive
     * @param notCharged how many of the last chargeable minutes are free (deducted free time and
     *        exempt minutes)
     */
    StayFee(VisitorTariff tariff, long entry, long end, long notCharged) {
        this.tariff = tariff;
        this.entry = entry;
        this.end = end;
        this.offsetMinutes = tariff.offset().getTotalSeconds() / 60;
        this.nightLength = tariff.night() == Night.NONE ? 0
                : Math.floorMod(tariff.nightEndMinute() - tariff.nightStartMinute(), DAY);
        this.chargeablePerPeriod = DAY - nightLength;
        this.restarts = tariff.capPeriod() == CapPeriod.RESTART_24H;
        this.nightCharge = tariff.night() == Night.FLAT ? tariff.nightPrice() : 0;
        this.charged = Math.max(0, chargeTime(end) - notCharged);
    }

    long total() {
        long firstPeriod = period(entry);
        long lastPeriod = period(end - 1);
        if (firstPeriod == lastPeriod) {
            return capped(entry, end);
        }
        long total = Math.addExact(capped(entry, periodStart(firstPeriod + 1)), capped(periodStart(lastPeriod), end));
        return Math.addExact(total, wholePeriods(firstPeriod + 1, lastPeriod));
    }

    /** The whole periods from {@code from} (inclusive) to {@code to} (exclusive). */
    private long wholePeriods(long from, long to) {
        long total = 0;
        long period = from;
        // until the first segment is paid, what a period costs depends on where it falls
        while (!restarts && period < to && chargeTime(periodStart(period)) < tariff.firstSegmentMinutes()) {
            total = Math.addExact(total, capped(periodStart(period), periodStart(period + 1)));
            period++;
        }
        // then periods are alike until the one in which the free minutes at the end begin
        long alike = Math.min(to - period,
                Math.max(0, Math.floorDiv(charged - chargeTime(periodStart(period)), chargeablePerPeriod)));
        total = Math.addExact(total, alikePeriods(period, alike));
        period += alike;
        if (period < to) {
            total = Math.addExact(total, capped(periodStart(period), periodStart(period + 1)));
            period++;
        }
        // after it, nothing but (FLAT) nights is charged: one a period
        return Math.addExact(total, Math.multiplyExact(to - period, cap(nightCharge)));
    }

    /**
     * {@code count} whole periods from {@code first}, all charged in full and (unless the tariff
     * restarts in each) after the first segment: each adds the same chargeable minutes, so each
     * holds q or q+1 steps, or (restarting) the same charges, and (with FLAT) one night.
     */
    private long alikePeriods(long first, long count) {
        if (count <= 0) {
            return 0;
        }
        if (restarts) {
            return Math.multiplyExact(count, cap(Math.addExact(cumulativeCharge(chargeablePerPeriod), nightCharge)));
        }
        long from = chargeTime(periodStart(first)) - tariff.firstSegmentMinutes();
        long steps = stepsUpTo(from + count * chargeablePerPeriod) - stepsUpTo(from);
        long perPeriod = chargeablePerPeriod / tariff.stepMinutes();
        long withOneMore = steps - count * perPeriod;
        return Math.addExact(
                Math.multiplyExact(count - withOneMore,
                        cap(Math.addExact(Math.multiplyExact(perPeriod, tariff.stepPrice()), nightCharge))),
                Math.multiplyExact(withOneMore,
                        cap(Math.addExact(Math.multiplyExact(perPeriod + 1, tariff.stepPrice()), nightCharge))));
    }

    /** Charges that fall into [from, to) (one period, or its part within the stay), capped. */
    private long capped(long from, long to) {
        long before = chargedTime(from);
        long after = chargedTime(to);
        long charges = restarts
                ? cumulativeCharge(after - before)
                : cumulativeCharge(after) - cumulativeCharge(before);
        if (nightCharge > 0) {
            charges = Math.addExact(charges, Math.multiplyExact(nightCharge, nightEvents(from, to)));
        }
        return cap(charges);
    }

    private long cap(long charges) {
        return tariff.dailyCap() > 0 ? Math.min(tariff.dailyCap(), charges) : charges;
    }

    /** Price of the first {@code minutes} charged minutes (of the stay, or of the period if restarting). */
    private long cumulativeCharge(long minutes) {
        if (minutes <= 0) {
            return 0;
        }
        return Math.addExact(tariff.firstSegmentPrice(),
                Math.multiplyExact(stepsUpTo(minutes - tariff.firstSegmentMinutes()), tariff.stepPrice()));
    }

    /** Steps started within the first {@code minutes} minutes after the first segment. */
    private long stepsUpTo(long minutes) {
        return minutes <= 0 ? 0 : Math.ceilDiv(minutes, tariff.stepMinutes());
    }

    /** Charged minutes in [entry, t): chargeable ones, up to the free ones at the end. */
    private long chargedTime(long t) {
        return Math.min(chargeTime(t), charged);
    }

    /** Chargeable minutes in [entry, t). */
    private long chargeTime(long t) {
        if (t <= entry) {
            return 0;
        }
        return (t - entry) - (nightBefore(t) - nightBefore(entry));
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
        int nightStart = tariff.nightStartMinute();
        int nightEnd = tariff.nightEndMinute();
        if (nightStart < nightEnd) {
            return Math.max(nightStart, Math.min(nightEnd, minuteOfDay)) - nightStart;
        }
        // wraps midnight: [0, end) and [start, 1440)
        return Math.min(minuteOfDay, nightEnd) + Math.max(0, minuteOfDay - nightStart);
    }

    /**
     * FLAT nights charged in [from, to): a night is charged at the first minute the vehicle is
     * present in it, i.e. at its start, or at the entry.
     */
    private long nightEvents(long from, long to) {
        long events = nightStartsIn(Math.max(from, entry), to);
        boolean entersInsideANight = isNight(entry) && nightStartsIn(entry, entry + 1) == 0;
        if (entersInsideANight && from <= entry && entry < to) {
            events++;
        }
        return events;
    }

    /** Nights beginning in [from, to). */
    private long nightStartsIn(long from, long to) {
        if (to <= from) {
            return 0;
        }
        long shift = offsetMinutes - tariff.nightStartMinute(); // night starts where (t + shift) % 1440 == 0
        return Math.floorDiv(to - 1 + shift, DAY) - Math.floorDiv(from - 1 + shift, DAY);
    }

    private boolean isNight(long t) {
        long minuteOfDay = Math.floorMod(t + offsetMinutes, DAY);
        int nightStart = tariff.nightStartMinute();
        int nightEnd = tariff.nightEndMinute();
        return nightStart < nightEnd
                ? minuteOfDay >= nightStart && minuteOfDay < nightEnd
                : minuteOfDay >= nightStart || minuteOfDay < nightEnd;
    }

    private long period(long t) {
        return tariff.capPeriod() == CapPeriod.CALENDAR_DAY
                ? Math.floorDiv(t + offsetMinutes, DAY)
                : Math.floorDiv(t - entry, DAY);
    }

    private long periodStart(long period) {
        return tariff.capPeriod() == CapPeriod.CALENDAR_DAY ? period * DAY - offsetMinutes : entry + period * DAY;
    }
}
