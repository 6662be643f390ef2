package org.parkgate.access;

import java.util.Objects;

/**
 * Everything the core needs about one plate: its account (null for a visitor), its list status
 * and where it is. Immutable; the index replaces it whole on every change.
 *
 * <p>The fields a decision reads are copied out of {@link AccountState}, {@link Pass} and
 * {@link Presence} when the state is made, so deciding loads this one object (and the pass's
 * shared counter) instead of following four pointers into a million-plate heap.
 */
public final class PlateState {

    private final String plate;
    private final AccountState account;
    private final ListStatus list;
    private final Presence presence;

    // flattened for the decision path
    final boolean registered;
    final long accountId;
    final ArrearsStage stage;
    final long amountDue;
    final int daysOverdue;
    final Exemption exemption;
    final boolean assignedSpace;
    final boolean hasPass;
    final long paidThroughMillis;
    final TimeWindows windows;
    final int maxInside;
    final PassUsage usage;
    final boolean inside;
    final long enteredAtMillis;
    final boolean chargedAsVisitor;
    final boolean freeTimeApplies;
    final long prepaid;
    final long prepaidAtMillis;

    public PlateState(String plate, AccountState account, ListStatus list, Presence presence) {
        if (plate == null || plate.isEmpty() || list == null || presence == null) {
            throw new IllegalArgumentException("a plate state needs a plate, a list status and a presence");
        }
        this.plate = plate;
        this.account = account;
        this.list = list;
        this.presence = presence;
        registered = account != null;
        accountId = registered ? account.accountId() : 0;
        Arrears arrears = registered ? account.arrears() : Arrears.NONE;
        stage = arrears.stage();
        amountDue = arrears.amountDue();
        daysOverdue = arrears.daysOverdue();
        exemption = registered ? account.exemption() : null;
        assignedSpace = registered && account.assignedSpace();
        Pass pass = registered ? account.pass() : null;
        hasPass = pass != null;
        paidThroughMillis = hasPass ? pass.paidThroughMillis() : 0;
        windows = hasPass ? pass.windows() : null;
        maxInside = hasPass ? pass.maxInside() : 0;
        usage = hasPass ? pass.usage() : null;
        inside = presence.inside();
        enteredAtMillis = presence.enteredAtMillis();
        chargedAsVisitor = presence.chargedAsVisitor();
        freeTimeApplies = presence.freeTimeApplies();
        prepaid = presence.prepaid();
        prepaidAtMillis = presence.prepaidAtMillis();
    }

    /** A registered plate, never seen at the lanes. */
    public static PlateState registered(String plate, AccountState account) {
        return new PlateState(plate, account, ListStatus.NONE, Presence.NEVER_SEEN);
    }

    public String plate() {
        return plate;
    }

    /** Null for a visitor. */
    public AccountState account() {
        return account;
    }

    public ListStatus list() {
        return list;
    }

    public Presence presence() {
        return presence;
    }

    PlateState with(Presence newPresence) {
        return new PlateState(plate, account, list, newPresence);
    }

    /** The same plate, list status and presence under a changed account (null: a visitor now). */
    public PlateState with(AccountState newAccount) {
        return new PlateState(plate, newAccount, list, presence);
    }

    /** Registered or listed: confusable matching looks only for these. */
    boolean known() {
        return registered || list != ListStatus.NONE;
    }

    boolean exemptionValid(long millis) {
        return exemption != null && exemption.validAt(millis);
    }

    boolean fullyExempt(long millis) {
        return exemption != null && exemption.kind() == Exemption.Kind.FULL && exemption.validAt(millis);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlateState that && plate.equals(that.plate) && Objects.equals(account, that.account)
                && list == that.list && presence.equals(that.presence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plate, account, list, presence);
    }

    @Override
    public String toString() {
        return "PlateState[" + plate + ", " + account + ", " + list + ", " + presence + "]";
    }
}
