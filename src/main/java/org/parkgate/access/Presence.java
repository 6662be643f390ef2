package org.parkgate.access;

/**
 * Where a plate is: inside since {@code enteredAtMillis}, or outside since {@code lastExitMillis}
 * (0 = never seen). {@code chargedAsVisitor} remembers how it entered; {@code freeTimeApplies} is
 * false when it came back within the tariff's re-entry minutes; {@code prepaid} is what it paid
 * inside the lot, at {@code prepaidAtMillis}.
 */
public record Presence(boolean inside, long enteredAtMillis, long lastExitMillis, boolean chargedAsVisitor,
        boolean freeTimeApplies, long prepaid, long prepaidAtMillis) {

    public static final Presence NEVER_SEEN = new Presence(false, 0, 0, false, true, 0, 0);

    Presence entered(long atMillis, boolean asVisitor, int reentryMinutes) {
        boolean reentry = lastExitMillis > 0 && atMillis - lastExitMillis < reentryMinutes * 60_000L;
        return new Presence(true, atMillis, lastExitMillis, asVisitor, !reentry, 0, 0);
    }

    Presence left(long atMillis) {
        return new Presence(false, enteredAtMillis, atMillis, false, true, 0, 0);
    }

    Presence paid(long amount, long atMillis) {
        return new Presence(inside, enteredAtMillis, lastExitMillis, chargedAsVisitor, freeTimeApplies,
                prepaid + amount, atMillis);
    }
}
