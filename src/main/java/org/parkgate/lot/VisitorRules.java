package org.parkgate.lot;

/**
 * A lot's rules for the visitors owners register in the portal: at most {@code perMonth} a month
 * per owner (0: owners register none here), each for at most {@code maxHours}, and how the stay is
 * charged ({@link Billing}).
 */
public record VisitorRules(String lot, int perMonth, Billing billing, int maxHours) {

    /** The most a month an office may allow one owner; beyond it a "visitor" is a tenant. */
    public static final int MOST_PER_MONTH = 100;
    /** The longest window: three days. */
    public static final int MOST_HOURS = 72;

    /** How a registered visitor's stay is charged. Shown translated as {@code visitor-rules.billing.<NAME>}. */
    public enum Billing {
        /** Free within the registered window; the time after it by the visitor tariff. */
        FREE,
        /** By the visitor tariff from entry, as any visitor; registering only lets the car in. */
        VISITOR_TARIFF,
        /**
         * The time within the window by the visitor tariff, to the owner's account (an invoice of
         * its own when the visitor leaves); the time after it paid by the visitor at the exit.
         */
        OWNER_ACCOUNT;

        /** Whether the visitor pays nothing at the exit for the time within the window. */
        public boolean freeForTheVisitor() {
            return this != VISITOR_TARIFF;
        }
    }

    /** Until the office sets its own: ten a month, a day at most, charged by the tariff. */
    public static VisitorRules defaults(String lot) {
        return new VisitorRules(lot, 10, Billing.VISITOR_TARIFF, 24);
    }

    /**
     * The same rules, refused when a value is out of range.
     *
     * @throws LotRulesException naming the value
     */
    public VisitorRules checked() {
        if (perMonth < 0 || perMonth > MOST_PER_MONTH) {
            throw new LotRulesException("visitor-rules.error.per-month", MOST_PER_MONTH);
        }
        if (maxHours < 1 || maxHours > MOST_HOURS) {
            throw new LotRulesException("visitor-rules.error.max-hours", MOST_HOURS);
        }
        if (billing == null) {
            throw new LotRulesException("visitor-rules.error.billing");
        }
        return this;
    }
}
