package org.parkgate.lot;

import java.time.ZoneId;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.InvalidSettingException;
import org.parkgate.access.LotPolicy;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.access.LotPolicy.RestrictedEntry;
import org.parkgate.access.LotPolicy.RestrictedExit;
import org.parkgate.access.VisitorTariff;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;

/**
 * A lot's rules as its office sets them: every value of the visitor tariff ({@link VisitorTariff})
 * and the enforcement choices of its {@link LotPolicy}, as typed, not yet checked. Amounts are minor
 * units (fen), times of day minutes after midnight. The core decides what is valid:
 * {@link #policy(ZoneId)} makes the policy or says, in the user's language, what is wrong. A choice
 * is null only while a form has none chosen.
 */
public record LotRules(
        String lot,
        Currency currency,
        @Nullable FreeTime freeTime,
        int freeMinutes,
        int firstSegmentMinutes,
        long firstSegmentPrice,
        int stepMinutes,
        long stepPrice,
        @Nullable CapPeriod capPeriod,
        long dailyCap,
        @Nullable Night night,
        int nightStartMinute,
        int nightEndMinute,
        long nightPrice,
        int reentryMinutes,
        @Nullable RestrictedEntry restrictedEntry,
        @Nullable RestrictedExit restrictedExit,
        boolean visitorsAllowed,
        int reservedForPassHolders,
        @Nullable AntiPassback antiPassback,
        int expiryWarningDays,
        int fuzzyMinConfidence,
        int prepaidGraceMinutes) {

    /** What a lot runs with before its office saves rules of its own ({@link DefaultLotRules}). */
    public static LotRules defaults(String lot, ZoneId zone) {
        return of(lot, DefaultLotRules.create(zone));
    }

    /** The rules a policy runs with. */
    public static LotRules of(String lot, LotPolicy policy) {
        VisitorTariff t = policy.tariff();
        return new LotRules(lot, t.currency(), t.freeTime(), t.freeMinutes(), t.firstSegmentMinutes(),
                t.firstSegmentPrice(), t.stepMinutes(), t.stepPrice(), t.capPeriod(), t.dailyCap(), t.night(),
                t.nightStartMinute(), t.nightEndMinute(), t.nightPrice(), t.reentryMinutes(), policy.restrictedEntry(),
                policy.restrictedExit(), policy.visitorsAllowed(), policy.reservedForPassHolders(),
                policy.antiPassback(), policy.expiryWarningDays(), policy.fuzzyMinConfidence(),
                policy.prepaidGraceMinutes());
    }

    /**
     * The visitor tariff in the lot's zone.
     *
     * @throws LotRulesException what the core refused, or a choice not made
     */
    public VisitorTariff tariff(ZoneId zone) {
        if (freeTime == null || capPeriod == null || night == null) {
            throw LotRulesException.choiceMissing();
        }
        try {
            return VisitorTariff.of(currency, freeTime, freeMinutes, firstSegmentMinutes, firstSegmentPrice,
                    stepMinutes, stepPrice, capPeriod, dailyCap, night, nightStartMinute, nightEndMinute, nightPrice,
                    reentryMinutes, zone);
        } catch (InvalidSettingException refused) {
            throw LotRulesException.refused(refused.setting());
        }
    }

    /**
     * The policy the lot's lanes decide by: these rules, and what {@link DefaultLotRules} has for
     * what an office does not set (which reads are plates).
     *
     * @throws LotRulesException what the core refused, or a choice not made
     */
    public LotPolicy policy(ZoneId zone) {
        VisitorTariff tariff = tariff(zone);
        if (restrictedEntry == null || restrictedExit == null || antiPassback == null) {
            throw LotRulesException.choiceMissing();
        }
        try {
            return new LotPolicy(restrictedEntry, restrictedExit, visitorsAllowed, reservedForPassHolders,
                    antiPassback, expiryWarningDays, fuzzyMinConfidence, prepaidGraceMinutes,
                    PlateFormat.chinese(), tariff);
        } catch (InvalidSettingException refused) {
            throw LotRulesException.refused(refused.setting());
        }
    }
}
