package org.parkgate.lot;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkgate.access.VisitorTariff;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Translations;
import org.springframework.stereotype.Component;

/**
 * A visitor tariff in words, as a price notice and the rules page say it, in the reader's language:
 * "30分钟内离场免费，超时按全程计费；2小时内5.00元；之后每1小时2.00元，不足1小时按1小时计；每日最高20.00元；
 * 离场后10分钟内再次入场不再免费。" Each clause is one rule of {@link VisitorTariff}, in the order a driver
 * meets them: free time, first segment, steps, cap (and the 24-hour restart), night, re-entry.
 */
@Component
public class TariffWords {

    private static final int HOUR = 60;
    private static final int DAY = 1440;

    private final Translations translations;

    public TariffWords(Translations translations) {
        this.translations = translations;
    }

    /** The whole tariff as one sentence: the clauses joined, capitalised where the language has capitals. */
    public String sentence(VisitorTariff tariff, Locale locale) {
        return capitalised(String.join(t(locale, "lot-rules.words.separator"), clauses(tariff, locale)))
                + t(locale, "lot-rules.words.end");
    }

    /** The clauses each on a line of its own (a notice's list), capitalised. */
    public List<String> lines(VisitorTariff tariff, Locale locale) {
        return clauses(tariff, locale).stream().map(TariffWords::capitalised).toList();
    }

    /** One clause per rule the tariff has, without the final full stop. */
    public List<String> clauses(VisitorTariff tariff, Locale locale) {
        List<String> clauses = new ArrayList<>();
        clauses.add(free(tariff, locale));
        clauses.add(tariff.firstSegmentPrice() == 0
                ? t(locale, "lot-rules.words.first-free", per(tariff.firstSegmentMinutes(), locale))
                : t(locale, "lot-rules.words.first", per(tariff.firstSegmentMinutes(), locale),
                        money(tariff.firstSegmentPrice(), locale)));
        clauses.add(tariff.stepPrice() == 0 ? t(locale, "lot-rules.words.step-free")
                : t(locale, "lot-rules.words.step", per(tariff.stepMinutes(), locale),
                        money(tariff.stepPrice(), locale)));
        clauses.add(tariff.dailyCap() == 0 ? t(locale, "lot-rules.words.no-cap")
                : t(locale, "lot-rules.words.cap." + tariff.capPeriod().name(), money(tariff.dailyCap(), locale)));
        if (tariff.capPeriod() == CapPeriod.RESTART_24H) {
            clauses.add(t(locale, "lot-rules.words.restart"));
        }
        if (tariff.night() != Night.NONE) {
            String from = time(tariff.nightStartMinute());
            String until = tariff.nightEndMinute() < tariff.nightStartMinute()
                    ? t(locale, "lot-rules.words.next-day", time(tariff.nightEndMinute()))
                    : time(tariff.nightEndMinute());
            clauses.add(t(locale, "lot-rules.words.night." + tariff.night().name(), from, until,
                    money(tariff.nightPrice(), locale)));
        }
        if (tariff.reentryMinutes() > 0 && tariff.freeMinutes() > 0) {
            clauses.add(t(locale, "lot-rules.words.reentry", duration(tariff.reentryMinutes(), locale)));
        }
        return clauses;
    }

    private String free(VisitorTariff tariff, Locale locale) {
        if (tariff.freeMinutes() == 0) {
            return t(locale, "lot-rules.words.no-free");
        }
        return tariff.freeTime() == FreeTime.DEDUCT
                ? t(locale, "lot-rules.words.free-deduct", per(tariff.freeMinutes(), locale))
                : t(locale, "lot-rules.words.free-waive", duration(tariff.freeMinutes(), locale));
    }

    /** A length as a unit of price: "1小时" / "hour" ("per hour", "the first hour"), "30 minutes". */
    private String per(int minutes, Locale locale) {
        if (minutes % HOUR == 0) {
            return t(locale, "lot-rules.words.per-hours", minutes / HOUR);
        }
        return minutes > HOUR ? duration(minutes, locale) : t(locale, "lot-rules.words.per-minutes", minutes);
    }

    /** "30分钟", "2小时", "1小时30分钟", "3天" / "30 minutes", "2 hours", "1 h 30 min", "3 days". */
    public String duration(int minutes, Locale locale) {
        if (minutes > DAY && minutes % DAY == 0) {
            return t(locale, "lot-rules.words.days", minutes / DAY);
        }
        if (minutes >= HOUR && minutes % HOUR == 0) {
            return t(locale, "lot-rules.words.hours", minutes / HOUR);
        }
        if (minutes > HOUR) {
            return t(locale, "lot-rules.words.hours-minutes", minutes / HOUR, minutes % HOUR);
        }
        return t(locale, "lot-rules.words.minutes", minutes);
    }

    /** "5.00元" / "5.00 yuan". */
    public String money(long fen, Locale locale) {
        return t(locale, "lot-rules.words.money", Money.yuan(fen));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String time(int minuteOfDay) {
        return LocalTime.ofSecondOfDay(minuteOfDay * 60L).toString();
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
