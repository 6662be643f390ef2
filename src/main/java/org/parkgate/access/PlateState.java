package org.parkgate.access;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything the core needs about one plate: its account (null for a visitor), its listings
 * (blacklist, always-allow, each with its validity window) and where it is. Immutable; the index
 * replaces it whole on every change.
 *
 * <p>The fields a decision reads are copied out of {@link AccountState}, {@link Pass} and
 * {@link Presence} when the state is made, so deciding loads this one object (and the pass's
 * shared counter) instead of following four pointers into a million-plate heap.
 */
public final class PlateState {

    private static final Listing[] NO_LISTINGS = new Listing[0];

    private final String plate;
    private final AccountState account;
    /** Never shared with callers: {@link #listings()} hands out a copy. */
    private final Listing[] listings;
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

    /** A plate on one list for all time, or ({@link ListStatus#NONE}) on none. */
    public PlateState(String plate, AccountState account, ListStatus list, Presence presence) {
        this(plate, account, list == null ? null : list == ListStatus.NONE ? NO_LISTINGS
                : new Listing[] {Listing.always(list)}, presence);
    }

    /** A plate with these listings (none: an empty list), each valid in its own window. */
    public PlateState(String plate, AccountState account, List<Listing> listings, Presence presence) {
        this(plate, account, listings == null ? null : copyOf(listings), presence);
    }

    private PlateState(String plate, AccountState account, Listing[] listings, Presence presence) {
        if (plate == null || plate.isEmpty() || listings == null || presence == null) {
            throw new IllegalArgumentException("a plate state needs a plate, its listings and a presence");
        }
        this.plate = plate;
        this.account = account;
        this.listings = listings;
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

    private static Listing[] copyOf(List<Listing> listings) {
        Listing[] copy = listings.isEmpty() ? NO_LISTINGS : listings.toArray(Listing[]::new);
        for (Listing listing : copy) {
            if (listing == null) {
                throw new IllegalArgumentException("a listing must not be null");
            }
        }
        return copy;
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

    /**
     * The list the plate is on at {@code millis}: the first of its listings valid then (the office
     * keeps them from overlapping), else {@link ListStatus#NONE}. Allocation-free.
     */
    public ListStatus list(long millis) {
        for (Listing listing : listings) {
            if (listing.validAt(millis)) {
                return listing.status();
            }
        }
        return ListStatus.NONE;
    }

    /** Every listing the index holds for the plate, current or still to come. */
    public List<Listing> listings() {
        return List.of(listings);
    }

    public Presence presence() {
        return presence;
    }

    PlateState with(Presence newPresence) {
        return new PlateState(plate, account, listings, newPresence);
    }

    /** The same plate, listings and presence under a changed account (null: a visitor now). */
    public PlateState with(AccountState newAccount) {
        return new PlateState(plate, newAccount, listings, presence);
    }

    /** The same plate, account and presence with these listings instead (empty: on no list). */
    public PlateState with(List<Listing> newListings) {
        return new PlateState(plate, account, newListings, presence);
    }

    /**
     * What a read one confusable character away may be taken for: the plate without its
     * always-allow listings (a misread must never open as a police car), or null when only such a
     * listing made it known (then the read is not this plate at all). A blacklisting stays: a
     * misread of a barred car is still refused, and a guard can correct the plate.
     */
    PlateState asConfusableMatch() {
        int kept = 0;
        for (Listing listing : listings) {
            kept += listing.status() == ListStatus.ALWAYS_ALLOWED ? 0 : 1;
        }
        if (kept == listings.length) {
            return this; // no always-allow listing: as it is, nothing allocated
        }
        Listing[] others = Arrays.stream(listings).filter(l -> l.status() != ListStatus.ALWAYS_ALLOWED)
                .toArray(Listing[]::new);
        return registered || others.length > 0 ? new PlateState(plate, account, others, presence) : null;
    }

    /**
     * When the always-allow or free-visitor listing valid at {@code millis} ends ({@code millis}
     * itself when none is): a stay that began under it is charged only from then.
     */
    long freeUntil(long millis) {
        long until = millis;
        for (Listing listing : listings) {
            if ((listing.status() == ListStatus.ALWAYS_ALLOWED || listing.status() == ListStatus.FREE_VISITOR)
                    && listing.validAt(millis)) {
                until = Math.max(until, listing.validUntilMillis());
            }
        }
        return until;
    }

    /** Registered or listed: confusable matching looks only for these. */
    boolean known() {
        return registered || listings.length > 0;
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
                && Arrays.equals(listings, that.listings) && presence.equals(that.presence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plate, account, Arrays.hashCode(listings), presence);
    }

    @Override
    public String toString() {
        return "PlateState[" + plate + ", " + account + ", " + Arrays.toString(listings) + ", " + presence + "]";
    }
}
