package org.parkgate.access;

import java.time.Clock;

/**
 * Decides at the lane: a plate read at a lane becomes OPEN or DENY with a {@link Reason}.
 *
 * <p>Contract of {@link #decide(Lane, CharSequence, int, Decision)}: it never throws and never
 * fails open (any exception inside becomes DENY with {@link Reason#INTERNAL_ERROR} and the cause
 * in {@link Decision#failure()}); it takes no lock and allocates nothing when the read is already
 * normalised; it reads the index as it is at that moment. Recording what then happened at the
 * barrier ({@link #recordEntry}, {@link #recordExit}) is separate, because a decision is not a
 * passage: the vehicle may turn away.
 */
public final class AccessCore {

    private static final long DAY_MILLIS = 86_400_000L;
    private final PlateIndex index;
    private final Clock clock;

    public AccessCore(PlateIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public PlateIndex index() {
        return index;
    }

    /** Convenience that allocates its answer. */
    public Decision decide(Lane lane, CharSequence read, int confidence) {
        return decide(lane, read, confidence, new Decision());
    }

    /**
     * Decides for a read at a lane into {@code out} (reset first) and returns it.
     *
     * @param confidence the camera's confidence 0-100; needed for confusable matches
     */
    public Decision decide(Lane lane, CharSequence read, int confidence, Decision out) {
        try {
            LotPolicy policy = lane.lot().policy();
            out.reset(policy.tariff().currency());
            decideInto(lane, policy, read, confidence, clock.millis(), out);
        } catch (Throwable failure) { // never fail open, whatever went wrong
            out.fail(failure);
        }
        return out;
    }

    private void decideInto(Lane lane, LotPolicy policy, CharSequence read, int confidence, long now, Decision out) {
        char[] plate = out.scratch;
        int length = Plates.normalize(read, plate);
        if (length < 0) {
            out.set(Reason.INVALID_PLATE);
            return;
        }
        PlateState state = lookup(plate, length, confidence >= policy.fuzzyMinConfidence(), out);
        if ((state == null || !state.known()) && !policy.plateFormat().check(plate, length).valid()) {
            out.plate(text(read, plate, length));
            out.set(Reason.INVALID_PLATE);
            return;
        }
        out.plate(state != null ? state.plate() : text(read, plate, length));
        PlateState s = state != null ? state : NEVER_SEEN;
        out.account(s.accountId);
        if (lane.direction() == Lane.Direction.IN) {
            entry(lane.lot(), policy, s, now, out);
        } else {
            exit(policy, s, now, out);
        }
    }

    /** Stands in for a plate the index has never seen: an unregistered visitor, outside. */
    private static final PlateState NEVER_SEEN =
            new PlateState("-", null, ListStatus.NONE, Presence.NEVER_SEEN);

    // ---------------------------------------------------------------- entry

    private static void entry(Lot lot, LotPolicy policy, PlateState s, long now, Decision out) {
        ListStatus listed = s.list(now); // a listing counts only within its window
        if (listed == ListStatus.BLACKLISTED) {
            out.set(Reason.BLACKLISTED);
            return;
        }
        if (listed == ListStatus.ALWAYS_ALLOWED) {
            out.set(Reason.ALWAYS_ALLOWED);
            return;
        }
        if (s.inside && passbackStops(policy, out)) {
            return;
        }
        if (!s.registered) {
            if (listed.ownersVisitor()) {
                visitorEntry(lot, policy, false, out);
                if (out.reason() == Reason.VISITOR_ENTRY) {
                    out.set(Reason.OWNER_VISITOR);
                }
                return;
            }
            if (!policy.visitorsAllowed()) {
                out.set(Reason.UNKNOWN_PLATE);
                return;
            }
            visitorEntry(lot, policy, false, out);
            return;
        }
        if (s.stage == ArrearsStage.SUSPENDED) { // even an exemption does not lift a suspension
            out.set(Reason.SUSPENDED).amount(s.amountDue).overdue(s.daysOverdue);
            return;
        }
        if (s.fullyExempt(now)) {
            passHolderEntry(lot, s, Reason.EXEMPT, out);
            return;
        }
        switch (s.stage) {
            case RESTRICTED -> {
                if (policy.restrictedEntry() == LotPolicy.RestrictedEntry.DENY) {
                    out.set(Reason.ARREARS_RESTRICTED).amount(s.amountDue).overdue(s.daysOverdue);
                } else {
                    out.flag(Flag.ARREARS_WARNING).amount(s.amountDue).overdue(s.daysOverdue);
                    visitorEntry(lot, policy, s.assignedSpace, out.flag(Flag.CHARGED_AS_VISITOR));
                }
                return;
            }
            default -> {
                // ACTIVE or OVERDUE: the pass decides
            }
        }
        if (!s.hasPass || s.paidThroughMillis <= now) {
            passNotValidNow(lot, policy, s, out);
            return;
        }
        if (!s.windows.contains(now, policy.tariff().offset().getTotalSeconds() / 60)) {
            passNotValidNow(lot, policy, s, out.flag(Flag.OUTSIDE_PASS_WINDOW));
            return;
        }
        // a vehicle already inside (soft anti-passback) does not count against its own pass
        int othersInside = s.usage.inside() - (s.inside && !s.chargedAsVisitor ? 1 : 0);
        if (othersInside >= s.maxInside) {
            passNotValidNow(lot, policy, s, out.flag(Flag.PASS_VEHICLE_LIMIT));
            return;
        }
        int daysLeft = (int) Math.min(Integer.MAX_VALUE, (s.paidThroughMillis - now) / DAY_MILLIS);
        Reason reason;
        if (s.stage == ArrearsStage.OVERDUE) {
            reason = Reason.GRACE;
            out.flag(Flag.ARREARS_WARNING).amount(s.amountDue).overdue(s.daysOverdue);
        } else if (daysLeft < policy.expiryWarningDays()) {
            reason = Reason.PASS_EXPIRING;
            out.flag(Flag.EXPIRING).expiresIn(daysLeft);
        } else {
            reason = Reason.PASS_VALID;
        }
        passHolderEntry(lot, s, reason, out);
    }

    /** No pass covers this entry: a visitor where the lot takes visitors, else refused. */
    private static void passNotValidNow(Lot lot, LotPolicy policy, PlateState s, Decision out) {
        if (!policy.visitorsAllowed()) {
            out.set(Reason.PASS_NOT_VALID_NOW);
            return;
        }
        visitorEntry(lot, policy, s.assignedSpace, out.flag(Flag.CHARGED_AS_VISITOR));
    }

    /** Pass holders (and exempt vehicles) may use every space; an assigned space is always theirs. */
    private static void passHolderEntry(Lot lot, PlateState s, Reason reason, Decision out) {
        if (!s.assignedSpace && lot.inside() >= lot.capacity()) {
            out.set(Reason.LOT_FULL);
            return;
        }
        out.set(reason);
    }

    private static void visitorEntry(Lot lot, LotPolicy policy, boolean assignedSpace, Decision out) {
        if (!assignedSpace && lot.inside() >= lot.capacity() - policy.reservedForPassHolders()) {
            out.set(Reason.LOT_FULL);
            return;
        }
        out.set(Reason.VISITOR_ENTRY);
    }

    /** True when strict anti-passback stops the vehicle; soft only flags it. */
    private static boolean passbackStops(LotPolicy policy, Decision out) {
        switch (policy.antiPassback()) {
            case STRICT -> {
                out.set(Reason.ANTI_PASSBACK);
                return true;
            }
            case SOFT -> out.flag(Flag.PASSBACK_IGNORED);
            default -> {
                // OFF
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- exit

    /** The blacklist never keeps a vehicle in: a blacklisted plate leaves as its account or a visitor would. */
    private static void exit(LotPolicy policy, PlateState s, long now, Decision out) {
        if (s.list(now) == ListStatus.ALWAYS_ALLOWED) {
            out.set(Reason.ALWAYS_ALLOWED);
            return;
        }
        if (!s.inside) {
            out.flag(Flag.NO_ENTRY_RECORD);
            boolean covered = s.hasPass && s.paidThroughMillis > now || s.fullyExempt(now);
            if (!covered && passbackStops(policy, out)) {
                return;
            }
        }
        if (!s.registered) {
            visitorExit(policy, s, now, out);
            return;
        }
        if (s.fullyExempt(now)) {
            out.set(Reason.EXEMPT);
            return;
        }
        if (s.stage == ArrearsStage.RESTRICTED || s.stage == ArrearsStage.SUSPENDED) {
            switch (policy.restrictedExit()) {
                case REQUIRE_PAYMENT -> out.set(s.amountDue > 0 ? Reason.ARREARS_RESTRICTED : Reason.ARREARS_NOTICE)
                        .amount(s.amountDue).overdue(s.daysOverdue); // nothing to pay: nothing to hold it for
                case ALLOW_WITH_NOTICE -> out.set(Reason.ARREARS_NOTICE).amount(s.amountDue).overdue(s.daysOverdue);
                case CHARGE_AS_VISITOR ->
                    visitorExit(policy, s, now, out.flag(Flag.CHARGED_AS_VISITOR).overdue(s.daysOverdue));
            }
            return;
        }
        boolean enteredAsPassHolder = s.inside && !s.chargedAsVisitor && s.hasPass;
        boolean passValidNow = s.hasPass && s.paidThroughMillis > now;
        if (enteredAsPassHolder || !s.inside && passValidNow) {
            if (s.stage == ArrearsStage.OVERDUE) {
                out.set(Reason.GRACE).flag(Flag.ARREARS_WARNING).amount(s.amountDue).overdue(s.daysOverdue);
            } else {
                out.set(Reason.PASS_VALID);
            }
            return;
        }
        if (s.chargedAsVisitor) {
            out.flag(Flag.CHARGED_AS_VISITOR);
        }
        visitorExit(policy, s, now, out);
    }

    private static void visitorExit(LotPolicy policy, PlateState s, long now, Decision out) {
        if (!s.inside) {
            out.set(Reason.VISITOR_EXIT); // no entry to charge from: soft passback or passback off
            return;
        }
        // paid inside: within the grace time the fee counts as at the moment of payment
        boolean withinGrace = s.prepaid > 0 && now <= s.prepaidAtMillis + policy.prepaidGraceMinutes() * 60_000L;
        long fee = visitorFee(policy, s, withinGrace ? s.prepaidAtMillis : now);
        long due = Math.max(0, fee - s.prepaid);
        if (due > 0) {
            out.set(Reason.VISITOR_FEE_DUE).amount(due);
        } else if (withinGrace) {
            out.set(Reason.VISITOR_EXIT).flag(Flag.PREPAID);
        } else {
            out.set(Reason.VISITOR_EXIT);
        }
    }

    /** The visitor fee for the stay until {@code until}, after the plate's exemption. */
    private static long visitorFee(LotPolicy policy, PlateState s, long until) {
        boolean exemptionValid = s.exemptionValid(until);
        Exemption exemption = s.exemption;
        int extraFree = exemptionValid && exemption.kind() == Exemption.Kind.FREE_MINUTES ? exemption.value() : 0;
        // let in on the always-allow list, or as an owner's visitor whose time is free: only the
        // time after the listing ended is a visitor's stay
        long from = Math.min(s.freeUntil(s.enteredAtMillis), until);
        long fee = policy.tariff().fee(from, until, s.freeTimeApplies, extraFree);
        if (exemptionValid && exemption.kind() == Exemption.Kind.PERCENT) {
            fee = Exemption.leftToPay(fee, exemption.value());
        }
        return fee;
    }

    // ---------------------------------------------------------------- plates

    /** The state of a normalised plate; when unknown, of the one known plate a confusable away. */
    PlateState lookup(char[] plate, int length, boolean fuzzyAllowed, Decision out) {
        PlateState state = index.get(plate, length);
        // a visitor already inside under exactly this plate is that visitor, not a misread
        boolean knownOrInside = state != null && (state.known() || state.inside);
        if (!knownOrInside && fuzzyAllowed) {
            PlateState match = confusableMatch(plate, length);
            if (match != null) {
                out.flag(Flag.FUZZY);
                return match;
            }
        }
        return state;
    }

    /**
     * The one registered plate that differs from the read by a single confusable character, or
     * null when there is none or more than one (better unknown than the wrong account).
     */
    private PlateState confusableMatch(char[] plate, int length) {
        long read = PlateCodes.encode(plate, length);
        if (read == PlateCodes.NONE) {
            return confusableMatchByText(plate, length);
        }
        PlateState found = null;
        for (long candidate : index.lookalikeCodes(plate, length)) {
            if (PlateCodes.oneCharacterApart(read, candidate)) {
                found = oneOf(found, index.get(candidate));
            }
        }
        return found == AMBIGUOUS ? null : found;
    }

    /** Plates too long to pack (other countries' formats): the same, by text. */
    private PlateState confusableMatchByText(char[] plate, int length) {
        PlateState found = null;
        for (String candidate : index.otherLookalikes(plate, length)) {
            if (Confusables.oneApart(candidate, plate, length)) {
                found = oneOf(found, index.get(candidate));
            }
        }
        return found == AMBIGUOUS ? null : found;
    }

    /** Marks a read that two registered plates are one character away from. */
    private static final PlateState AMBIGUOUS = new PlateState("?", null, ListStatus.NONE, Presence.NEVER_SEEN);

    /**
     * Keeps the one known match, as a misread may take it ({@link PlateState#asConfusableMatch}:
     * never as an always-allowed plate); a second one makes the read ambiguous.
     */
    private static PlateState oneOf(PlateState found, PlateState match) {
        PlateState candidate = match == null ? null : match.asConfusableMatch();
        if (candidate == null || !candidate.known()) {
            return found;
        }
        return found == null ? candidate : AMBIGUOUS;
    }

    /** The read as a String without allocating when it already is the normalised text. */
    private static String text(CharSequence read, char[] plate, int length) {
        if (read instanceof String string && Plates.sameText(string, plate, length)) {
            return string;
        }
        return new String(plate, 0, length);
    }

    // ---------------------------------------------------------------- passages

    /** The vehicle passed an entrance after this decision opened the barrier. */
    public void recordEntry(Lane lane, Decision decision) {
        recordEntry(lane, decision.plate(), decision.reason() == Reason.VISITOR_ENTRY
                || decision.reason() == Reason.OWNER_VISITOR);
    }

    /**
     * The vehicle passed an entrance (also after a manual open), as a visitor or not. Entering
     * while recorded inside means its exit was missed: that stay ends now and a new one begins.
     * Counters change under the index's writer lock, together with the plate's state.
     */
    public void recordEntry(Lane lane, String plate, boolean chargedAsVisitor) {
        recordEntry(lane, plate, chargedAsVisitor, clock.millis());
    }

    /** An entry at a known time: restoring who is inside from the records after a restart. */
    public void recordEntry(Lane lane, String plate, boolean chargedAsVisitor, long now) {
        int reentryMinutes = lane.lot().policy().tariff().reentryMinutes();
        synchronized (index) {
            PlateState before = index.get(plate);
            if (before != null && before.inside) {
                leave(lane.lot(), before);
            }
            PlateState after = index.update(plate, state -> (state == null
                    ? new PlateState(plate, null, ListStatus.NONE, Presence.NEVER_SEEN) : state)
                    .with((state == null ? Presence.NEVER_SEEN : state.presence())
                            .entered(now, chargedAsVisitor, reentryMinutes)));
            lane.lot().entered();
            if (after.hasPass && !chargedAsVisitor) {
                after.usage.entered();
            }
        }
    }

    /** The vehicle passed an exit. Visitors' states stay for the re-entry rule until pruned. */
    public void recordExit(Lane lane, String plate) {
        long now = clock.millis();
        synchronized (index) {
            PlateState before = index.get(plate);
            if (before == null) {
                index.put(new PlateState(plate, null, ListStatus.NONE, Presence.NEVER_SEEN.left(now)));
                return;
            }
            if (before.inside) {
                leave(lane.lot(), before);
            }
            index.update(plate, state -> state.with(state.presence().left(now)));
        }
    }

    private static void leave(Lot lot, PlateState inside) {
        lot.left();
        if (inside.hasPass && !inside.chargedAsVisitor) {
            inside.usage.left();
        }
    }

    /** A visitor paid {@code amount} inside the lot (or at the exit): counts against the fee. */
    public void recordPayment(String plate, long amount) {
        long now = clock.millis();
        index.update(plate, state -> state == null ? null : state.with(state.presence().paid(amount, now)));
    }

    /** Forgets visitors who left before {@code millis}; registered plates stay. */
    public int pruneVisitorsLeftBefore(long millis) {
        int[] pruned = {0};
        index.forEach(candidate -> index.update(candidate.plate(), state -> {
            boolean prunable = state != null && !state.known() && !state.inside
                    && state.presence().lastExitMillis() < millis;
            if (prunable) {
                pruned[0]++;
            }
            return prunable ? null : state;
        }));
        return pruned[0];
    }
}
