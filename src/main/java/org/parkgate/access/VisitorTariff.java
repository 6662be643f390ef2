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
 *   <li><b>Chargeable minutes</b> are the stay's minutes that are not night minutes (see Night).</li>
 *   <li><b>Free time</b>, once per stay (never again in each period; not at all after a re-entry
 *       within {@code reentryMinutes}), and an exemption's or coupon's <b>exempt minutes</b>
 *       {@code E}: stays of at most {@code freeMinutes + E} are free. Longer stays are not charged
 *       for their last {@code E} chargeable minutes, and with {@link FreeTime#DEDUCT} not for the
 *       {@code freeMinutes} before those either; {@link FreeTime#WAIVE_SHORT_STAYS} charges
 *       longer stays in full. Taken off the end, free minutes are worth what the stay's last
 *       charged minutes cost (DD-005 says why the end).</li>
 *   <li><b>Charging</b>: counting charged minutes from the entry, the first minute costs
 *       {@code firstSegmentPrice} (covering {@code firstSegmentMinutes}); after that every started
 *       step of {@code stepMinutes} costs {@code stepPrice}. With {@link CapPeriod#RESTART_24H}
 *       the count starts again in every period, first segment included.</li>
 *   <li><b>Night</b> (local {@code nightStart}..{@code nightEnd}, may wrap midnight): with
 *       {@link Night#FREE} or {@link Night#FLAT} night minutes are not chargeable; with FLAT each
 *       night the vehicle is present in costs {@code nightPrice} once, when it is first present
 *       (free and exempt minutes do not waive it: it is a price per night, not per minute).</li>
 *   <li><b>Cap</b>: charges falling into one period never exceed {@code dailyCap} (0 = no cap);
 *       periods are calendar days in the lot's zone ({@link CapPeriod#CALENDAR_DAY}) or 24 h
 *       blocks from the entry ({@link CapPeriod#ROLLING_24H}, {@link CapPeriod#RESTART_24H}).</li>
 * </ul>
 * Prices, cap and night price are at most {@link #MAX_PRICE}: nothing a lot charges comes near it,
 * and below it no stay shorter than a thousand years overflows, even times 100 for a percentage.
 * The arithmetic is exact all the same: an overflow throws, it never wraps. A value out of range
 * is refused when the tariff is made, with an {@link InvalidSettingException} naming it.
 *
 * <p>The zone is taken as a fixed offset (China has no daylight saving); for a zone with daylight
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

    /** What the lot's free minutes do for a stay longer than they are. */
    public enum FreeTime {
        /** Nothing: a longer stay is charged in full. */
        WAIVE_SHORT_STAYS,
        /** They are not charged: the stay's last chargeable minutes are free. */
        DEDUCT
    }

    /** What the daily cap is counted over, and whether the tariff starts again in each period. */
    public enum CapPeriod {
        /** Calendar days in the lot's zone; charging runs on across midnight. */
        CALENDAR_DAY,
        /** 24 h from the entry; charging runs on. */
        ROLLING_24H,
        /** Every 24 h from the entry the tariff starts again, first segment included (重新计费). */
        RESTART_24H
    }

    /** What happens at night. */
    public enum Night { NONE, FREE, FLAT }

    /** The most any price, the cap or the night price may be, in minor units (1,000,000.00 yuan). */
    public static final long MAX_PRICE = 100_000_000L;

    /** The most free minutes a tariff may give (10 days). */
    public static final int MAX_FREE_MINUTES = 14_400;
    /** The longest first segment or step, in minutes (a day). */
    public static final int MAX_SEGMENT_MINUTES = 1440;

    static final int DAY = 1440;
    private static final long MINUTE_MILLIS = 60_000L;

    public VisitorTariff {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(freeTime, "freeTime");
        Objects.requireNonNull(capPeriod, "capPeriod");
        Objects.requireNonNull(night, "night");
        Objects.requireNonNull(offset, "offset");
        require(freeMinutes >= 0 && freeMinutes <= MAX_FREE_MINUTES, Setting.FREE_MINUTES,
                "free minutes must be 0..14400");
        require(firstSegmentMinutes >= 1 && firstSegmentMinutes <= MAX_SEGMENT_MINUTES, Setting.FIRST_SEGMENT_MINUTES,
                "first segment must be 1..1440 minutes");
        require(stepMinutes >= 1 && stepMinutes <= MAX_SEGMENT_MINUTES, Setting.STEP_MINUTES,
                "step must be 1..1440 minutes");
        price(firstSegmentPrice, Setting.FIRST_SEGMENT_PRICE, "first segment price");
        price(stepPrice, Setting.STEP_PRICE, "step price");
        price(dailyCap, Setting.DAILY_CAP, "daily cap");
        price(nightPrice, Setting.NIGHT_PRICE, "night price");
        require(reentryMinutes >= 0, Setting.REENTRY_MINUTES, "re-entry minutes must not be negative");
        if (night != Night.NONE) {
            require(nightStartMinute >= 0 && nightStartMinute < DAY && nightEndMinute >= 0 && nightEndMinute < DAY
                    && nightStartMinute != nightEndMinute, Setting.NIGHT_WINDOW,
                    "night window must be two different times of day");
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
     * @param exemptMinutes an exemption's (or coupon's) free minutes: they add to the free time
     *        for short stays, and a longer stay's last this many chargeable minutes are free
     * @return minor units, never negative
     * @throws ArithmeticException if the fee does not fit a {@code long} (a denial, never a wrap)
     */
    public long fee(long entryMillis, long exitMillis, boolean freeTimeApplies, int exemptMinutes) {
        if (exitMillis <= entryMillis) {
            return 0;
        }
        long entry = Math.floorDiv(entryMillis, MINUTE_MILLIS);
        long end = entry + Math.ceilDiv(exitMillis - entryMillis, MINUTE_MILLIS);
        long free = freeTimeApplies ? freeMinutes : 0;
        long exempt = Math.max(0, exemptMinutes);
        if (end - entry <= free + exempt) {
            return 0;
        }
        return new StayFee(this, entry, end, freeTime == FreeTime.DEDUCT ? free + exempt : exempt).total();
    }

    private static void price(long price, Setting setting, String name) {
        require(price >= 0, setting, name + " must not be negative");
        require(price <= MAX_PRICE, setting, name + " must be at most " + MAX_PRICE + " minor units");
    }

    private static void require(boolean condition, Setting setting, String message) {
        if (!condition) {
            throw new InvalidSettingException(setting, message);
        }
    }
}
