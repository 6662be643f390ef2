package org.parkgate.lot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.parkgate.access.VisitorTariff;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;
import org.parkgate.base.ui.Translations;

/** A tariff in words as a price notice says it, in Chinese and in English. */
class TariffWordsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Currency CNY = Currency.getInstance("CNY");

    private final TariffWords words = new TariffWords(new Translations());

    @Test
    void theDefaultTariff() {
        VisitorTariff tariff = DefaultLotRules.create(SHANGHAI).tariff();
        assertThat(words.sentence(tariff, Translations.CHINESE)).isEqualTo("30分钟内离场免费，超时从入场起计费；2小时内5.00元；"
                + "之后每1小时2.00元，不足1小时按1小时计；每日最高20.00元；离场后10分钟内再次入场不再免费。");
        assertThat(words.sentence(tariff, Translations.ENGLISH)).isEqualTo("Stays of up to 30 minutes are free, longer"
                + " stays are charged from entry; 5.00 yuan for the first 2 hours; then 2.00 yuan per hour begun;"
                + " at most 20.00 yuan a calendar day; no new free time when coming back within 10 minutes of leaving.");
    }

    @Test
    void deductedFreeTimeHalfHourStepsARolling24HourCapAndFreeNights() {
        VisitorTariff tariff = VisitorTariff.of(CNY, FreeTime.DEDUCT, 15, 60, 300, 30, 100, CapPeriod.ROLLING_24H,
                3000, Night.FREE, 22 * 60, 7 * 60, 0, 0, SHANGHAI);
        assertThat(words.sentence(tariff, Translations.CHINESE)).isEqualTo("前15分钟免费；1小时内3.00元；"
                + "之后每30分钟1.00元，不足30分钟按30分钟计；自入场起每24小时最高30.00元；夜间22:00至次日07:00不计费。");
        assertThat(words.sentence(tariff, Translations.ENGLISH)).isEqualTo("The first 15 minutes free of charge;"
                + " 3.00 yuan for the first hour; then 1.00 yuan per 30 minutes begun;"
                + " at most 30.00 yuan in each 24 hours from entry; no charge at night from 22:00 to 07:00 the next day.");
    }

    @Test
    void noFreeTimeAFreeFirstHourNoCapARestartEvery24HoursAndAFlatNight() {
        VisitorTariff tariff = VisitorTariff.of(CNY, FreeTime.WAIVE_SHORT_STAYS, 0, 60, 0, 60, 500,
                CapPeriod.RESTART_24H, 0, Night.FLAT, 20 * 60, 6 * 60, 1000, 30, SHANGHAI);
        assertThat(words.lines(tariff, Translations.CHINESE)).containsExactly("无免费时段", "1小时内不收费",
                "之后每1小时5.00元，不足1小时按1小时计", "不设每日封顶", "每满24小时重新计费（含首段）", "夜间20:00至次日06:00每晚10.00元");
        assertThat(words.lines(tariff, Translations.ENGLISH)).as("no re-entry rule without free time")
                .containsExactly("No free time", "Nothing for the first hour", "Then 5.00 yuan per hour begun",
                        "No daily maximum", "After each 24 hours from entry the tariff starts again, first period included",
                        "10.00 yuan a night from 20:00 to 06:00 the next day");
    }

    @Test
    void aDaytimeNightWindowAndNothingAfterTheFirstSegment() {
        VisitorTariff tariff = VisitorTariff.of(CNY, FreeTime.WAIVE_SHORT_STAYS, 60, 90, 800, 60, 0,
                CapPeriod.CALENDAR_DAY, 0, Night.FREE, 60, 5 * 60, 0, 0, SHANGHAI);
        assertThat(words.sentence(tariff, Translations.CHINESE)).isEqualTo(
                "1小时内离场免费，超时从入场起计费；1小时30分钟内8.00元；之后不再收费；不设每日封顶；夜间01:00至05:00不计费。");
        assertThat(words.sentence(tariff, Translations.ENGLISH)).isEqualTo("Stays of up to 1 hour are free, longer"
                + " stays are charged from entry; 8.00 yuan for the first 1 h 30 min; nothing more after that;"
                + " no daily maximum; no charge at night from 01:00 to 05:00.");
    }

    @Test
    void lengthsOfStay() {
        assertThat(words.duration(30, Translations.CHINESE)).isEqualTo("30分钟");
        assertThat(words.duration(120, Translations.CHINESE)).isEqualTo("2小时");
        assertThat(words.duration(1440, Translations.CHINESE)).isEqualTo("24小时");
        assertThat(words.duration(4320, Translations.CHINESE)).isEqualTo("3天");
        assertThat(words.duration(1, Translations.ENGLISH)).isEqualTo("1 minute");
        assertThat(words.duration(60, Translations.ENGLISH)).isEqualTo("1 hour");
        assertThat(words.duration(90, Translations.ENGLISH)).isEqualTo("1 h 30 min");
        assertThat(words.duration(4320, Translations.ENGLISH)).isEqualTo("3 days");
        assertThat(words.money(123456, Translations.CHINESE)).isEqualTo("1234.56元");
    }
}
