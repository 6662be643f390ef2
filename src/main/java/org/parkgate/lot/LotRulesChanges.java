package org.parkgate.lot;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkgate.access.VisitorTariff.Night;
import org.parkgate.base.Money;

/**
 * What changed between two versions of a lot's rules, in words for the audit trail:
 * {@code "first segment price 5.00 -> 8.00 yuan; anti-passback SOFT -> STRICT"}. Night times and
 * the night price count only where the night rule uses them.
 */
final class LotRulesChanges {

    private record Value(String name, Function<LotRules, String> shown) {
    }

    private static final List<Value> VALUES = List.of(
            new Value("free time", r -> String.valueOf(r.freeTime())),
            new Value("free minutes", r -> minutes(r.freeMinutes())),
            new Value("first segment", r -> minutes(r.firstSegmentMinutes())),
            new Value("first segment price", r -> yuan(r.firstSegmentPrice())),
            new Value("step", r -> minutes(r.stepMinutes())),
            new Value("step price", r -> yuan(r.stepPrice())),
            new Value("cap period", r -> String.valueOf(r.capPeriod())),
            new Value("daily cap", r -> r.dailyCap() == 0 ? "none" : yuan(r.dailyCap())),
            new Value("night", r -> String.valueOf(r.night())),
            new Value("night from", r -> r.night() == Night.NONE ? "-" : time(r.nightStartMinute())),
            new Value("night until", r -> r.night() == Night.NONE ? "-" : time(r.nightEndMinute())),
            new Value("night price", r -> r.night() == Night.FLAT ? yuan(r.nightPrice()) : "-"),
            new Value("no new free time on re-entry within", r -> minutes(r.reentryMinutes())),
            new Value("restricted entry", r -> String.valueOf(r.restrictedEntry())),
            new Value("restricted exit", r -> String.valueOf(r.restrictedExit())),
            new Value("visitors allowed", r -> r.visitorsAllowed() ? "yes" : "no"),
            new Value("spaces reserved for pass holders", r -> String.valueOf(r.reservedForPassHolders())),
            new Value("anti-passback", r -> String.valueOf(r.antiPassback())),
            new Value("expiry warning", r -> r.expiryWarningDays() + " days"),
            new Value("confusable reads accepted from confidence", r -> String.valueOf(r.fuzzyMinConfidence())),
            new Value("time to the exit after paying inside", r -> minutes(r.prepaidGraceMinutes())),
            new Value("currency", r -> r.currency().getCurrencyCode()));

    private LotRulesChanges() {
    }

    /** Each value that differs, as "name before -> after", joined by "; "; empty when nothing differs. */
    static String between(LotRules before, LotRules after) {
        return VALUES.stream()
                .filter(value -> !Objects.equals(value.shown().apply(before), value.shown().apply(after)))
                .map(value -> value.name() + " " + value.shown().apply(before) + " -> " + value.shown().apply(after))
                .collect(Collectors.joining("; "));
    }

    private static String minutes(int minutes) {
        return minutes + " min";
    }

    private static String yuan(long fen) {
        return Money.yuan(fen) + " yuan";
    }

    private static String time(int minuteOfDay) {
        return LocalTime.ofSecondOfDay(minuteOfDay * 60L).toString();
    }
}
