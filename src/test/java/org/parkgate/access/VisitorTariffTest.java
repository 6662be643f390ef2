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

    @Test
    void closedFormAgreesWithTheMinuteByMinuteRulesOnRandomTariffsAndStays() {
        var random = new SplittableRandom(20261128);
        for (int i = 0; i < 1500; i++) {
            VisitorTariff tariff = randomTariff(random);
            long entry = randomEntry(random);
            long exit = entry + random.nextLong(0, Duration.ofDays(4).toMillis());
            boolean freeTime = random.nextBoolean();
            int extraFree = random.nextInt(4) == 0 ? random.nextInt(0, 180) : 0;
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
    void staysWithinWaivedFreeMinutesCostNothing() {
        var random = new SplittableRandom(11);
        for (int i = 0; i < 1000; i++) {
            VisitorTariff tariff = randomTariff(random);
            if (tariff.freeTime() != FreeTime.WAIVE_SHORT_STAYS) {
                continue;
            }
            long entry = randomEntry(random);
            long stay = random.nextLong(0, tariff.freeMinutes() * 60_000L + 1);
            assertThat(tariff.fee(entry, entry + stay, true, 0)).isZero();
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
        if (tariff.capPeriod() == CapPeriod.ROLLING_24H) {
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
                CapPeriod.values()[random.nextInt(2)], random.nextInt(3) == 0 ? 0 : random.nextLong(1, 8000),
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
