package org.parkgate.access;

/**
 * A lot's explicit enforcement choices (the office decides, ParkGate does not assume):
 *
 * @param restrictedEntry what a RESTRICTED account meets at the entrance
 * @param restrictedExit what a RESTRICTED or SUSPENDED account meets at the exit; every choice
 *        leaves a way out, at worst by paying the amount shown
 * @param visitorsAllowed whether unregistered vehicles may enter
 * @param reservedForPassHolders spaces visitors may not take
 * @param antiPassback OFF, SOFT (open and flag) or STRICT (deny) when in/out state does not fit
 * @param expiryWarningDays a pass ending within this many days opens with PASS_EXPIRING
 * @param fuzzyMinConfidence camera confidence (0-100) needed to accept a confusable match
 * @param prepaidGraceMinutes how long a visitor who paid inside has to reach the exit
 * @param plateFormat which reads are plates
 * @param tariff what visitors pay
 * @throws InvalidSettingException naming the choice not made or the count out of range
 */
public record LotPolicy(RestrictedEntry restrictedEntry, RestrictedExit restrictedExit, boolean visitorsAllowed,
        int reservedForPassHolders, AntiPassback antiPassback, int expiryWarningDays, int fuzzyMinConfidence,
        int prepaidGraceMinutes, PlateFormat plateFormat, VisitorTariff tariff) {

    public enum RestrictedEntry { DENY, CHARGE_AS_VISITOR }

    public enum RestrictedExit { REQUIRE_PAYMENT, CHARGE_AS_VISITOR, ALLOW_WITH_NOTICE }

    public enum AntiPassback { OFF, SOFT, STRICT }

    public LotPolicy {
        if (restrictedEntry == null || restrictedExit == null || antiPassback == null || plateFormat == null
                || tariff == null) {
            throw new InvalidSettingException(Setting.CHOICE, "every policy choice must be made");
        }
        notNegative(reservedForPassHolders, Setting.RESERVED_FOR_PASS_HOLDERS, "reserved spaces");
        notNegative(expiryWarningDays, Setting.EXPIRY_WARNING_DAYS, "expiry warning days");
        notNegative(prepaidGraceMinutes, Setting.PREPAID_GRACE_MINUTES, "prepaid grace minutes");
        if (fuzzyMinConfidence < 0 || fuzzyMinConfidence > 101) {
            throw new InvalidSettingException(Setting.FUZZY_MIN_CONFIDENCE, "confidence is 0..100 (101 = never)");
        }
    }

    private static void notNegative(int count, Setting setting, String name) {
        if (count < 0) {
            throw new InvalidSettingException(setting, name + " must not be negative");
        }
    }
}
