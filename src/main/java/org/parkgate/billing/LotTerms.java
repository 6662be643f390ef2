package org.parkgate.billing;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * A lot's contract terms for billing and enforcement.
 *
 * <ul>
 *   <li>{@code invoiceLeadDays}: a pass's next period is invoiced this many days before it starts;
 *       the invoice falls due on the period's first day.</li>
 *   <li>{@code graceDays}: an unpaid invoice counts as overdue only this many days after it fell due.</li>
 *   <li>{@code restrictAfterDays}: more days past due than this, and the account is restricted.</li>
 *   <li>{@code suspendAfterPeriods}: this many overdue unpaid periods, and it is suspended.</li>
 *   <li>Late fee: {@code lateFeeRateBp} basis points (1/10,000) of the invoice amount per day or per
 *       month begun, counted from the {@code lateFeeFromDay}-th day after the due date, at most
 *       {@code lateFeeCapBp} basis points of the amount (0: no cap).</li>
 *   <li>{@code unpaidPassOpens}: a pass period sold but not paid yet opens the barrier as a pass
 *       (true, the default), or counts only once its invoice is paid (false: until then the vehicle
 *       is treated as one without a pass). Arrears stages apply either way.</li>
 * </ul>
 */
public record LotTerms(String lot, int invoiceLeadDays, int graceDays, int restrictAfterDays, int suspendAfterPeriods,
        LateFeeBasis lateFeeBasis, int lateFeeRateBp, int lateFeeFromDay, int lateFeeCapBp, boolean unpaidPassOpens) {

    private static final long BASIS = 10_000;

    /** What a lot without terms of its own uses: the values of a new lot. */
    public static LotTerms defaults(String lot) {
        return new LotTerms(lot, 10, 3, 30, 3, LateFeeBasis.NONE, 0, 1, 0, true);
    }

    /**
     * The late fee on an invoice of {@code amount} minor units due on {@code dueOn}, as of
     * {@code today}, rounded half up to the minor unit.
     */
    public long lateFee(long amount, LocalDate dueOn, LocalDate today) {
        if (lateFeeBasis == LateFeeBasis.NONE || lateFeeRateBp == 0) {
            return 0;
        }
        LocalDate firstCharged = dueOn.plusDays(lateFeeFromDay);
        if (today.isBefore(firstCharged)) {
            return 0;
        }
        long units = lateFeeBasis == LateFeeBasis.PER_DAY
                ? ChronoUnit.DAYS.between(firstCharged, today) + 1
                : Period.between(firstCharged, today).toTotalMonths() + 1;
        long fee = roundedShare(Math.multiplyExact(amount, lateFeeRateBp), units);
        long cap = lateFeeCapBp == 0 ? Long.MAX_VALUE : roundedShare(amount, lateFeeCapBp);
        return Math.min(fee, cap);
    }

    /** Days past due on {@code today} for an invoice due on {@code dueOn}; 0 when not yet past. */
    public static int daysPastDue(LocalDate dueOn, LocalDate today) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
    }

    /** Past due and beyond the grace days. */
    public boolean overdue(LocalDate dueOn, LocalDate today) {
        return daysPastDue(dueOn, today) > graceDays;
    }

    private static long roundedShare(long value, long basisPoints) {
        return Math.addExact(Math.multiplyExact(value, basisPoints), BASIS / 2) / BASIS;
    }
}
