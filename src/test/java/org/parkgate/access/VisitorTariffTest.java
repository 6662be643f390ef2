package org.parkgate.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;

class VisitorTariffTest {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    static final Currency CNY = Currency.getInstance("CNY");

    /** 30 free minutes for short stays, 2 h for 5 yuan, then 2 yuan an hour, at most 20 yuan a day. */
    static final VisitorTariff TYPICAL = new VisitorTariff(CNY, FreeTime.WAIVE_SHORT_STAYS, 30, 120, 500, 60, 200,
            CapPeriod.CALENDAR_DAY, 2000, Night.NONE, 0, 0, 0, 10, CHINA);

    @ParameterizedTest(name = "{0} to {1} costs {2} fen")
    @CsvSource({
            "2026-11-28T10:00, 2026-11-28T10:10, 0",      // short stay: free
            "2026-11-28T10:00, 2026-11-28T10:30, 0",      // exactly the free minutes
            "2026-11-28T10:00, 2026-11-28T10:31, 500",    // longer: charged from the entry
            "2026-11-28T10:00, 2026-11-28T12:00, 500",    // first segment
            "2026-11-28T10:00, 2026-11-28T12:01, 700",    // a started hour
            "2026-11-28T10:00, 2026-11-28T13:00, 700",
            "2026-11-28T10:00, 2026-11-28T17:00, 1500",   // 5 + 5 x 2
            "2026-11-28T10:00, 2026-11-28T23:59, 2000",   // capped for the day
            "2026-11-28T23:00, 2026-11-29T01:00, 500",    // across midnight: first segment only
            "2026-11-28T10:00, 2026-11-30T10:00, 6000",   // three calendar days touched, each capped
    })
    void typicalResidentialTariff(LocalDateTime entry, LocalDateTime exit, long expected) {
        assertThat(TYPICAL.fee(millis(entry), millis(exit), true, 0)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: calendar {2}, rolling {3}, restarting {4}")
    @CsvSource({
            "2026-11-28T10:00, 2026-11-28T23:00, 2000, 2000, 2000",
            "2026-11-28T10:00, 2026-11-29T10:00, 4000, 2000, 2000",
            "2026-11-28T10:00, 2026-11-29T10:30, 4000, 2200, 2500", // restarting: a new first segment, no free time
            "2026-11-28T10:00, 2026-11-29T12:00, 4000, 2400, 2500",
            "2026-11-28T10:00, 2026-11-29T13:00, 4000, 2600, 2700",
            "2026-11-28T10:00, 2026-11-30T13:00, 6000, 4600, 4700",
            "2026-11-28T23:00, 2026-11-29T01:00, 500, 500, 500",
    })
    void theCapPeriodsAndTheTariffThatStartsAgainEvery24Hours(LocalDateTime entry, LocalDateTime exit,
            long calendar, long rolling, long restarting) {
        long[] fees = new long[3];
        for (CapPeriod period : CapPeriod.values()) {
            var tariff = new VisitorTariff(CNY, FreeTime.WAIVE_SHORT_STAYS, 30, 120, 500, 60, 200, period, 2000,
                    Night.NONE, 0, 0, 0, 10, CHINA);
            fees[period.ordinal()] = tariff.fee(millis(entry), millis(exit), true, 0);
        }
        assertThat(fees).containsExactly(calendar, rolling, restarting);
    }

    @Test
    void freeTimeIsGrantedOncePerStayNotAgainInEach24Hours() {
        long entry = millis(LocalDateTime.parse("2026-11-28T10:00"));
        var waiving = new VisitorTariff(CNY, FreeTime.WAIVE_SHORT_STAYS, 30, 120, 500, 60, 200,
                CapPeriod.RESTART_24H, 2000, Night.NONE, 0, 0, 0, 10, CHINA);
        // the second block's 20 minutes are a new first segment, not a new short stay
        assertThat(waiving.fee(entry, entry + Duration.ofMinutes(24 * 60 + 20).toMillis(), true, 0))
                .isEqualTo(2000 + 500);
        var deducting = new VisitorTariff(CNY, FreeTime.DEDUCT, 60, 120, 500, 60, 200, CapPeriod.RESTART_24H, 0,
                Night.NONE, 0, 0, 0, 10, CHINA);
        // a whole block is 5.00 and 22 started hours; the 60 free minutes come off the last block only
        assertThat(deducting.fee(entry, entry + Duration.ofDays(3).toMillis(), true, 0))
                .isEqualTo(2 * (500 + 22 * 200) + 500 + 21 * 200);
    }

    @Test
    void reenteringSoonPaysFromTheFirstMinute() {
        long entry = millis(LocalDateTime.parse("2026-11-28T10:00"));
        assertThat(TYPICAL.fee(entry, entry + Duration.ofMinutes(10).toMillis(), true, 0)).isZero();
        assertThat(TYPICAL.fee(entry, entry + Duration.ofMinutes(10).toMillis(), false, 0)).isEqualTo(500);
    }

    @Test
    void anExemptionsFreeHoursAreDeducted() {
        long entry = millis(LocalDateTime.parse("2026-11-28T10:00"));
        assertThat(TYPICAL.fee(entry, entry + Duration.ofHours(3).toMillis(), true, 60)).isEqualTo(500);
        assertThat(TYPICAL.fee(entry, entry + Duration.ofHours(1).toMillis(), true, 60)).isZero();
    }

    @ParameterizedTest(name = "{0} minutes with {1} exempt minutes cost {2} fen")
    @CsvSource({
            "80, 60, 0",      // the lot's 30 free minutes and the exemption's 60: stays up to 90 minutes are free
            "90, 60, 0",
            "91, 60, 500",
            "31, 20, 0",      // 30 + 20
            "50, 20, 0",
            "51, 20, 500",
            "121, 0, 700",    // a started hour after the first segment...
            "140, 20, 500",   // ...that 20 exempt minutes take off
            "141, 20, 700",
    })
    void anExemptionsFreeMinutesAddToFreeTimeThatWaivesShortStays(int stayMinutes, int exempt, long expected) {
        long entry = millis(LocalDateTime.parse("2026-11-28T10:00"));
        assertThat(TYPICAL.fee(entry, entry + Duration.ofMinutes(stayMinutes).toMillis(), true, exempt))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1} exempt minutes: {2} fen")
    @CsvSource({
            "ROLLING_24H, 0, 2400",    // 24 h capped, then two started hours
            "ROLLING_24H, 60, 2200",
            "ROLLING_24H, 120, 2000",
            "CALENDAR_DAY, 0, 4000",   // both days capped
            "CALENDAR_DAY, 120, 4000", // 00:00-10:00 of the second day still costs its cap (10 hours at 2.00)
            "CALENDAR_DAY, 180, 3800",
    })
    void anExemptionsMinutesComeOffTheEndOfALongStay(CapPeriod period, int exempt, long expected) {
        var tariff = new VisitorTariff(CNY, FreeTime.WAIVE_SHORT_STAYS, 30, 120, 500, 60, 200, period, 2000,
                Night.NONE, 0, 0, 0, 10, CHINA);
        long entry = millis(LocalDateTime.parse("2026-11-28T10:00"));
        long exit = millis(LocalDateTime.parse("2026-11-29T12:00"));
        assertThat(tariff.fee(entry, exit, true, exempt)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1} deducted free minutes: {2} fen")
    @CsvSource({
            "ROLLING_24H, 0, 2400",
            "ROLLING_24H, 60, 2200",
            "ROLLING_24H, 120, 2000",
            "RESTART_24H, 0, 2500",
            "RESTART_24H, 60, 2500",   // 10:00-11:00 on the second day is still a first segment
            "RESTART_24H, 120, 2000",
    })
    void aLotsDeductedFreeMinutesComeOffTheEndOfALongStayToo(CapPeriod period, int free, long expected) {
        var tariff = new VisitorTariff(CNY, FreeTime.DEDUCT, free, 120, 500, 60, 200, period, 2000,
                Night.NONE, 0, 0, 0, 10, CHINA);
        long entry = millis(LocalDateTime.parse("2026-11-28T10:00"));
        long exit = millis(LocalDateTime.parse("2026-11-29T12:00"));
        assertThat(tariff.fee(entry, exit, true, 0)).isEqualTo(expected);
    }

    @Test
    void anExemptionsMinutesAreChargedMinutesNotFreeNightMinutes() {
        var freeNight = new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 300, 60, 300, CapPeriod.ROLLING_24H, 0,
                Night.FREE, 22 * 60, 7 * 60, 0, 0, CHINA);
        long entry = millis(LocalDateTime.parse("2026-11-28T22:30"));
        long exit = millis(LocalDateTime.parse("2026-11-29T08:00"));
        assertThat(freeNight.fee(entry, exit, true, 0)).isEqualTo(300);
        // the one charged hour, 07:00-08:00, is the exempt hour
        assertThat(freeNight.fee(entry, exit, true, 60)).isZero();
    }

    @Test
    void freeNightStopsTheClockAndFlatNightCostsOncePerNight() {
        var freeNight = new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 300, 60, 300, CapPeriod.ROLLING_24H, 0,
                Night.FREE, 22 * 60, 7 * 60, 0, 0, CHINA);
        long entry = millis(LocalDateTime.parse("2026-11-28T21:00"));
        long exit = millis(LocalDateTime.parse("2026-11-29T08:00"));
        // 21:00-22:00 and 07:00-08:00 are charged: two hours
        assertThat(freeNight.fee(entry, exit, true, 0)).isEqualTo(600);

        var flatNight = new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 300, 60, 300, CapPeriod.ROLLING_24H, 0,
                Night.FLAT, 22 * 60, 7 * 60, 1000, 0, CHINA);
        assertThat(flatNight.fee(entry, exit, true, 0)).isEqualTo(1600);
        long twoNights = millis(LocalDateTime.parse("2026-11-30T08:00"));
        // two nights of 10 yuan, plus 21-22, 07-22 (15 h) and 07-08 charged by the hour
        assertThat(flatNight.fee(entry, twoNights, true, 0)).isEqualTo(2000 + 17 * 300);
    }

    @Test
    void badSettingsAreRefusedWithAReason() {
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 0, 500, 60, 200, CapPeriod.CALENDAR_DAY,
                0, Night.NONE, 0, 0, 0, 0, CHINA)).hasMessageContaining("first segment");
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, -1, 60, 200, CapPeriod.CALENDAR_DAY,
                0, Night.NONE, 0, 0, 0, 0, CHINA)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 1, 60, 200, CapPeriod.CALENDAR_DAY,
                0, Night.FREE, 600, 600, 0, 0, CHINA)).hasMessageContaining("night");
    }

    /** Each refusal names the value that is wrong, so an office form can say which field to fix. */
    @Test
    void aRefusalNamesTheSettingThatIsWrong() {
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, -1, 60, 500, 60, 200, CapPeriod.CALENDAR_DAY,
                0, Night.NONE, 0, 0, 0, 0, CHINA)).isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo(Setting.FREE_MINUTES));
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 500, 60, -200, CapPeriod.CALENDAR_DAY,
                0, Night.NONE, 0, 0, 0, 0, CHINA)).isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo(Setting.STEP_PRICE));
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 500, 60, 200, CapPeriod.CALENDAR_DAY,
                0, Night.FLAT, 0, 60, -1, 0, CHINA)).isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo(Setting.NIGHT_PRICE));
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 500, 60, 200, CapPeriod.CALENDAR_DAY,
                0, Night.NONE, 0, 0, 0, -5, CHINA)).isInstanceOfSatisfying(InvalidSettingException.class,
                        refused -> assertThat(refused.setting()).isEqualTo(Setting.REENTRY_MINUTES));
    }

    @Test
    void pricesAboveTheLimitAreRefused() {
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 100_000_000_000_000_000L, 60, 200,
                CapPeriod.CALENDAR_DAY, 0, Night.NONE, 0, 0, 0, 0, CHINA)).hasMessageContaining("at most");
        assertThatThrownBy(() -> new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 500, 60, 200, CapPeriod.CALENDAR_DAY,
                100_000_001, Night.NONE, 0, 0, 0, 0, CHINA)).hasMessageContaining("at most");
        // 1,000,000.00 yuan is the most any price, cap or night may be
        assertThat(new VisitorTariff(CNY, FreeTime.DEDUCT, 0, 60, 100_000_000, 60, 100_000_000,
                CapPeriod.CALENDAR_DAY, 100_000_000, Night.FLAT, 0, 60, 100_000_000, 0, CHINA)).isNotNull();
    }

    @Test
    void moreExemptMinutesNeverCostMore() {
        var random = new SplittableRandom(13);
        for (int i = 0; i < 3000; i++) {
            VisitorTariff tariff = randomTariff(random);
            long entry = randomEntry(random);
            long exit = entry + random.nextLong(0, Duration.ofDays(random.nextBoolean() ? 1 : 10).toMillis());
            boolean freeTime = random.nextBoolean();
            int fewer = random.nextInt(0, 3000);
            int more = fewer + random.nextInt(0, 600);
            assertThat(tariff.fee(entry, exit, freeTime, more))
                    .as("%s from %d to %d free=%s, %d then %d exempt", tariff, entry, exit, freeTime, fewer, more)
                    .isLessThanOrEqualTo(tariff.fee(entry, exit, freeTime, fewer));
        }
    }

    @Test
    void moreFreeTimeNeverCostsMore() {
        var random = new SplittableRandom(19);
        for (int i = 0; i < 3000; i++) {
            VisitorTariff t = randomTariff(random);
            var more = new VisitorTariff(CNY, t.freeTime(), t.freeMinutes() + random.nextInt(1, 600),
                    t.firstSegmentMinutes(), t.firstSegmentPrice(), t.stepMinutes(), t.stepPrice(), t.capPeriod(),
                    t.dailyCap(), t.night(), t.nightStartMinute(), t.nightEndMinute(), t.nightPrice(),
                    t.reentryMinutes(), t.offset());
            long entry = randomEntry(random);
            long exit = entry + random.nextLong(0, Duration.ofDays(random.nextBoolean() ? 1 : 10).toMillis());
            int exempt = random.nextBoolean() ? 0 : random.nextInt(0, 600);
            assertThat(more.fee(entry, exit, true, exempt))
                    .as("%s from %d to %d, %d then %d free, %d exempt", t, entry, exit, t.freeMinutes(),
                            more.freeMinutes(), exempt)
                    .isLessThanOrEqualTo(t.fee(entry, exit, true, exempt));
        }
    }

    /**
     * Without a cap every started segment and step is paid, so exempt minutes at least as long as
     * the first segment and the step always take one off a stay that costs anything (FLAT nights
     * are a price per night, not minutes, and are left out).
     */
    @Test
    void aPositiveExemptionTakesSomethingOffEveryUncappedStayThatCosts() {
        var random = new SplittableRandom(17);
        int checked = 0;
        for (int i = 0; i < 3000; i++) {
            VisitorTariff t = randomTariff(random);
            var tariff = new VisitorTariff(CNY, t.freeTime(), t.freeMinutes(), t.firstSegmentMinutes(),
                    1 + t.firstSegmentPrice(), t.stepMinutes(), 1 + t.stepPrice(), t.capPeriod(), 0,
                    t.night() == Night.FLAT ? Night.FREE : t.night(), t.nightStartMinute(), t.nightEndMinute(), 0,
                    t.reentryMinutes(), t.offset());
            long entry = randomEntry(random);
            long exit = entry + random.nextLong(0, Duration.ofDays(random.nextBoolean() ? 1 : 10).toMillis());
            boolean freeTime = random.nextBoolean();
            int exempt = Math.max(tariff.firstSegmentMinutes(), tariff.stepMinutes()) + random.nextInt(0, 300);
            long fee = tariff.fee(entry, exit, freeTime, 0);
            if (fee > 0) {
                checked++;
                assertThat(tariff.fee(entry, exit, freeTime, exempt))
                        .as("%s from %d to %d free=%s, %d exempt", tariff, entry, exit, freeTime, exempt)
                        .isLessThan(fee);
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void closedFormAgreesWithTheMinuteByMinuteRulesOnRandomTariffsAndStays() {
        var random = new SplittableRandom(20261128);
        for (int i = 0; i < 2000; i++) {
            VisitorTariff tariff = randomTariff(random);
            long entry = randomEntry(random);
            long exit = entry + random.nextLong(0, Duration.ofDays(4).toMillis());
            boolean freeTime = random.nextBoolean();
            int extraFree = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0, 180);
                case 1 -> random.nextInt(0, 4000);
                default -> 0;
            };
            assertThat(tariff.fee(entry, exit, freeTime, extraFree))
                    .as("%s from %d to %d free=%s extra=%d", tariff, entry, exit, freeTime, extraFree)
                    .isEqualTo(TariffByTheMinute.fee(tariff, entry, exit, freeTime, extraFree));
        }
    }

    @Test
    void feeIsNeverNegativeNeverShrinksAsTheStayGrowsAndNeverExceedsTheCapPerDayStarted() {
        var random = new SplittableRandom(7);
        for (int i = 0; i < 3000; i++) {
            VisitorTariff tariff = randomTariff(random);
            long entry = randomEntry(random);
            long stay = random.nextLong(0, Duration.ofDays(90).toMillis());
            long longer = stay + random.nextLong(0, Duration.ofDays(3).toMillis());
            long fee = tariff.fee(entry, entry + stay, true, 0);
            long longerFee = tariff.fee(entry, entry + longer, true, 0);
            assertThat(fee).as("never negative").isNotNegative();
            assertThat(longerFee).as("%s: %d ms then %d ms", tariff, stay, longer).isGreaterThanOrEqualTo(fee);
            if (tariff.dailyCap() > 0) {
                assertThat(fee).as("cap x days started, %s %d", tariff, stay)
                        .isLessThanOrEqualTo(tariff.dailyCap() * daysStarted(tariff, entry, entry + stay));
            }
        }
    }

    @Test
    void staysWithinFreeAndExemptMinutesCostNothing() {
        var random = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            VisitorTariff tariff = randomTariff(random);
            long entry = randomEntry(random);
            int exempt = random.nextBoolean() ? 0 : random.nextInt(1, 300);
            long stay = random.nextLong(0, (tariff.freeMinutes() + exempt) * 60_000L + 1);
            assertThat(tariff.fee(entry, entry + stay, true, exempt)).as("%s, %d exempt", tariff, exempt).isZero();
        }
    }

    @Test
    void ninetyDaysIsComputedInClosedForm() {
        long entry = millis(LocalDateTime.parse("2026-09-01T08:00"));
        long exit = millis(LocalDateTime.parse("2026-11-30T08:00"));
        // first day (16 h) capped, 89 whole days capped, last day 00:00-08:00 is 8 hourly steps
        long fee = TYPICAL.fee(entry, exit, true, 0);
        assertThat(fee).isEqualTo(2000 + 2000L * 89 + 8 * 200);
    }

    static long daysStarted(VisitorTariff tariff, long entryMillis, long exitMillis) {
        long entry = Math.floorDiv(entryMillis, 60_000L);
        long end = entry + Math.ceilDiv(exitMillis - entryMillis, 60_000L);
        if (end <= entry) {
            return 0;
        }
        if (tariff.capPeriod() != CapPeriod.CALENDAR_DAY) {
            return Math.ceilDiv(end - entry, 1440);
        }
        int offset = tariff.offset().getTotalSeconds() / 60;
        return Math.floorDiv(end - 1 + offset, 1440) - Math.floorDiv(entry + offset, 1440) + 1;
    }

    static VisitorTariff randomTariff(SplittableRandom random) {
        Night night = Night.values()[random.nextInt(3)];
        int nightStart = random.nextInt(0, 1440);
        int nightEnd = (nightStart + random.nextInt(1, 1380)) % 1440;
        return new VisitorTariff(CNY, FreeTime.values()[random.nextInt(2)], random.nextInt(0, 90),
                random.nextInt(1, 600), random.nextLong(0, 1500), random.nextInt(1, 240), random.nextLong(0, 800),
                CapPeriod.values()[random.nextInt(CapPeriod.values().length)],
                random.nextInt(3) == 0 ? 0 : random.nextLong(1, 8000),
                night, nightStart, nightEnd, random.nextLong(0, 2000), 10,
                ZoneOffset.ofHours(random.nextInt(-11, 13)));
    }

    static long randomEntry(SplittableRandom random) {
        return millis(LocalDateTime.parse("2026-01-01T00:00")) + random.nextLong(0, Duration.ofDays(365).toMillis());
    }

    static long millis(LocalDateTime local) {
        return local.toInstant(CHINA).toEpochMilli();
    }
}
