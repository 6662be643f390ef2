package org.parkgate.access;

/**
 * Why the barrier opened or stayed shut. The names are stable: they are stored with passages,
 * exported and shown to staff; add new ones, never rename. Each has a display message
 * {@code access.reason.<NAME>} whose arguments are {@link Decision#messageArguments()}.
 */
public enum Reason {
    /** A paid pass covers this vehicle now. */
    PASS_VALID(true),
    /** The pass is valid but ends within the lot's warning days (flag EXPIRING, days until expiry). */
    PASS_EXPIRING(true),
    /** Fees are overdue but within the grace period: open, with a warning and the amount due. */
    GRACE(true),
    /** A full exemption (police, staff, disabled driver, ...) valid now. */
    EXEMPT(true),
    /** On the always-allow list (ambulance, fire brigade). */
    ALWAYS_ALLOWED(true),
    /** A visitor (or a vehicle charged as one) enters. */
    VISITOR_ENTRY(true),
    /**
     * A visitor an owner registered for now enters (also where the lot takes no visitors, never
     * into a full lot); charged as a visitor, for nothing within the window where the lot says so.
     */
    OWNER_VISITOR(true),
    /** A visitor leaves with nothing to pay (free time, exemption, or paid already). */
    VISITOR_EXIT(true),
    /** A visitor must pay this amount to leave; the display shows it with a QR code. */
    VISITOR_FEE_DUE(false),
    /** Entry refused, or exit only after paying the arrears shown, by the lot's policy. */
    ARREARS_RESTRICTED(false),
    /** Arrears, but the lot lets the vehicle out with a notice of the amount due. */
    ARREARS_NOTICE(true),
    /** The account is suspended: no entry. */
    SUSPENDED(false),
    /** On the blacklist: no entry. */
    BLACKLISTED(false),
    /** No space for this vehicle (visitors first; pass holders with an assigned space still enter). */
    LOT_FULL(false),
    /** Strict anti-passback: entered without leaving, or leaving without having entered. */
    ANTI_PASSBACK(false),
    /** Not registered, and the lot takes no visitors. */
    UNKNOWN_PLATE(false),
    /**
     * Registered, but no pass covers this entry (lapsed, outside its hours, or all its vehicles
     * are inside) and the lot takes no visitors.
     */
    PASS_NOT_VALID_NOW(false),
    /** The read is not a plate of the configured format (e.g. letters I or O). */
    INVALID_PLATE(false),
    /** Something failed inside the decision: the gate stays shut; staff can open by hand. */
    INTERNAL_ERROR(false);

    private final boolean opens;
    private final String messageKey;

    Reason(boolean opens) {
        this.opens = opens;
        this.messageKey = "access.reason." + name();
    }

    public boolean opens() {
        return opens;
    }

    public String messageKey() {
        return messageKey;
    }
}
