package org.parkgate.access;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;

/**
 * The answer for one plate read. Mutable and reusable on purpose: {@link AccessCore#decide}
 * fills a caller-owned instance so that deciding allocates nothing; {@link #copy()} makes one to
 * keep.
 */
public final class Decision {

    static final int MAX_PLATE = 16;

    private Reason reason = Reason.INTERNAL_ERROR;
    private long amountDue;
    private int daysOverdue;
    private int daysUntilExpiry;
    private int flags;
    private String plate = "";
    private long accountId;
    private Currency currency = Currency.getInstance("CNY");
    private Throwable failure;
    /** Scratch space for normalising the read, so deciding needs no allocation. */
    final char[] scratch = new char[MAX_PLATE];

    public Reason reason() {
        return reason;
    }

    public boolean opens() {
        return reason.opens();
    }

    /** Minor units of {@link #currency()}: arrears or visitor fee to pay, 0 when none. */
    public long amountDue() {
        return amountDue;
    }

    public BigDecimal amountDueDecimal() {
        return BigDecimal.valueOf(amountDue, currency.getDefaultFractionDigits());
    }

    public Currency currency() {
        return currency;
    }

    public int daysOverdue() {
        return daysOverdue;
    }

    public int daysUntilExpiry() {
        return daysUntilExpiry;
    }

    public int flags() {
        return flags;
    }

    public boolean has(Flag flag) {
        return flag.in(flags);
    }

    public Set<Flag> flagSet() {
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        for (Flag flag : Flag.values()) {
            if (flag.in(flags)) {
                set.add(flag);
            }
        }
        return set;
    }

    /** The plate decided on: the normalised read, or the registered plate of a fuzzy match. */
    public String plate() {
        return plate;
    }

    /** 0 for visitors. */
    public long accountId() {
        return accountId;
    }

    /** What went wrong, for {@link Reason#INTERNAL_ERROR}; null otherwise. */
    public Throwable failure() {
        return failure;
    }

    public String messageKey() {
        return reason.messageKey();
    }

    /** Display message arguments: {0} amount due, {1} days overdue, {2} days until expiry, {3} plate. */
    public Object[] messageArguments() {
        return new Object[] {amountDueDecimal(), daysOverdue, daysUntilExpiry, plate};
    }

    public Decision copy() {
        var copy = new Decision();
        copy.reason = reason;
        copy.amountDue = amountDue;
        copy.daysOverdue = daysOverdue;
        copy.daysUntilExpiry = daysUntilExpiry;
        copy.flags = flags;
        copy.plate = plate;
        copy.accountId = accountId;
        copy.currency = currency;
        copy.failure = failure;
        return copy;
    }

    void reset(Currency lotCurrency) {
        reason = Reason.INTERNAL_ERROR;
        amountDue = 0;
        daysOverdue = 0;
        daysUntilExpiry = 0;
        flags = 0;
        plate = "";
        accountId = 0;
        currency = lotCurrency;
        failure = null;
    }

    Decision set(Reason newReason) {
        reason = newReason;
        return this;
    }

    Decision amount(long minorUnits) {
        amountDue = minorUnits;
        return this;
    }

    Decision overdue(int days) {
        daysOverdue = days;
        return this;
    }

    Decision expiresIn(int days) {
        daysUntilExpiry = days;
        return this;
    }

    Decision flag(Flag flag) {
        flags |= flag.bit;
        return this;
    }

    void plate(String decidedPlate) {
        plate = decidedPlate;
    }

    void account(long id) {
        accountId = id;
    }

    void fail(Throwable cause) {
        reason = Reason.INTERNAL_ERROR;
        failure = cause;
    }

    @Override
    public String toString() {
        return reason + (amountDue > 0 ? " due " + amountDueDecimal() : "") + (flags != 0 ? " " + flagSet() : "")
                + " [" + plate + "]";
    }
}
