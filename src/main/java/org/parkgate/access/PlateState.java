package org.parkgate.access;

/**
 * Everything the core needs about one plate, in one immutable object: its account (null for a
 * visitor), its list status and where it is. The index replaces it whole on every change.
 */
public record PlateState(String plate, AccountState account, ListStatus list, Presence presence) {

    public PlateState {
        if (plate == null || plate.isEmpty() || list == null || presence == null) {
            throw new IllegalArgumentException("a plate state needs a plate, a list status and a presence");
        }
    }

    /** A registered plate, never seen at the lanes. */
    public static PlateState registered(String plate, AccountState account) {
        return new PlateState(plate, account, ListStatus.NONE, Presence.NEVER_SEEN);
    }

    PlateState with(Presence newPresence) {
        return new PlateState(plate, account, list, newPresence);
    }

    PlateState with(AccountState newAccount) {
        return new PlateState(plate, newAccount, list, presence);
    }

    /** Registered or listed: confusable matching looks only for these. */
    boolean known() {
        return account != null || list != ListStatus.NONE;
    }
}
