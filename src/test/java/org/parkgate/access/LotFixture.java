package org.parkgate.access;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.function.UnaryOperator;
import org.parkgate.TestClock;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.access.LotPolicy.RestrictedEntry;
import org.parkgate.access.LotPolicy.RestrictedExit;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;

/**
 * A small lot for decision tests, at Wednesday 2026-11-25 10:00 in Beijing, with one plate for
 * every kind of account (the same fixed plates the demo data uses).
 */
final class LotFixture {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z"); // 10:00 +08:00, a Wednesday
    static final long DAY = Duration.ofDays(1).toMillis();
    static final VisitorTariff TARIFF = new VisitorTariff(Currency.getInstance("CNY"), FreeTime.WAIVE_SHORT_STAYS,
            30, 120, 500, 60, 200, CapPeriod.CALENDAR_DAY, 2000, Night.NONE, 0, 0, 0, 10, ZoneOffset.ofHours(8));
    static final LotPolicy DEFAULT_POLICY = new LotPolicy(RestrictedEntry.DENY, RestrictedExit.REQUIRE_PAYMENT, true,
            10, AntiPassback.SOFT, 7, 90, 15, PlateFormat.chinese(), TARIFF);

    static final String PAID = "京A10001";
    static final String EXPIRING = "京A10002";
    static final String OVERDUE = "京A10003";
    static final String RESTRICTED = "京A10004";
    static final String SUSPENDED = "京A10005";
    static final String EXEMPT = "京A10006";
    static final String BLACKLISTED = "京A10007";
    static final String POLICE = "京A10008";
    static final String EVENINGS_ONLY = "京A10009";
    static final String SHARED_PASS_1 = "京A10010";
    static final String SHARED_PASS_2 = "京A10011";
    static final String LAPSED = "京AD12345";
    static final String ASSIGNED_SPACE = "京A10012";
    static final String VISITOR = "京B99999";

    final TestClock clock = new TestClock(ZoneOffset.ofHours(8));
    final PlateIndex index = new PlateIndex();
    final AccessCore core = new AccessCore(index, clock);
    final Lot lot;
    final Lane in;
    final Lane out;

    LotFixture() {
        this(DEFAULT_POLICY, 100);
    }

    LotFixture(LotPolicy policy, int capacity) {
        clock.set(NOW);
        lot = new Lot("P1", capacity, policy);
        in = new Lane("in-1", lot, Lane.Direction.IN);
        out = new Lane("out-1", lot, Lane.Direction.OUT);
        long now = NOW.toEpochMilli();
        register(PAID, account(1, pass(now + 30 * DAY, TimeWindows.ALWAYS, 1), null, Arrears.NONE, false));
        register(EXPIRING, account(2, pass(now + 3 * DAY + 3600_000, TimeWindows.ALWAYS, 1), null, Arrears.NONE,
                false));
        register(OVERDUE, account(3, pass(now + 20 * DAY, TimeWindows.ALWAYS, 1), null,
                new Arrears(ArrearsStage.OVERDUE, 6000, 5), false));
        register(RESTRICTED, account(4, pass(now + 20 * DAY, TimeWindows.ALWAYS, 1), null,
                new Arrears(ArrearsStage.RESTRICTED, 36000, 45), false));
        register(SUSPENDED, account(5, null, null, new Arrears(ArrearsStage.SUSPENDED, 72000, 120), false));
        register(EXEMPT, account(6, null, new Exemption(Exemption.Kind.FULL, 0, now - DAY, now + 365 * DAY),
                Arrears.NONE, false));
        index.put(new PlateState(BLACKLISTED, null, ListStatus.BLACKLISTED, Presence.NEVER_SEEN));
        index.put(new PlateState(POLICE, null, ListStatus.ALWAYS_ALLOWED, Presence.NEVER_SEEN));
        register(EVENINGS_ONLY, account(9, pass(now + 30 * DAY,
                TimeWindows.parse("MON-FRI 18:00-09:00; SAT-SUN 00:00-24:00"), 1), null, Arrears.NONE, false));
        AccountState shared = account(10, pass(now + 30 * DAY, TimeWindows.ALWAYS, 1), null, Arrears.NONE, false);
        register(SHARED_PASS_1, shared);
        register(SHARED_PASS_2, shared);
        register(LAPSED, account(11, pass(now - DAY, TimeWindows.ALWAYS, 1), null, Arrears.NONE, false));
        register(ASSIGNED_SPACE, account(12, pass(now + 30 * DAY, TimeWindows.ALWAYS, 1), null, Arrears.NONE, true));
    }

    static LotPolicy policy(UnaryOperator<PolicyBuilder> change) {
        return change.apply(new PolicyBuilder()).build();
    }

    void register(String plate, AccountState account) {
        index.put(PlateState.registered(plate, account));
    }

    /** Puts the plate (registered or not) on these lists, replacing the listings it had. */
    void list(String plate, Listing... listings) {
        index.update(plate, state -> (state == null ? new PlateState(plate, null, ListStatus.NONE, Presence.NEVER_SEEN)
                : state).with(java.util.List.of(listings)));
    }

    static AccountState account(long id, Pass pass, Exemption exemption, Arrears arrears, boolean assigned) {
        return new AccountState(id, pass, exemption, arrears, assigned);
    }

    static Pass pass(long paidThrough, TimeWindows windows, int maxInside) {
        return new Pass(paidThrough, paidThrough, windows, maxInside, new PassUsage());
    }

    Decision enter(String plate) {
        return core.decide(in, plate, 95);
    }

    Decision leave(String plate) {
        return core.decide(out, plate, 95);
    }

    /** Decides at the entrance and, when it opens, drives through. */
    Decision driveIn(String plate) {
        Decision decision = enter(plate);
        if (decision.opens()) {
            core.recordEntry(in, decision);
        }
        return decision;
    }

    Decision driveOut(String plate) {
        Decision decision = leave(plate);
        if (decision.opens()) {
            core.recordExit(out, decision.plate());
        }
        return decision;
    }

    void later(Duration duration) {
        clock.advance(duration);
    }

    /** Fluent changes to the default policy for table rows. */
    static final class PolicyBuilder {
        RestrictedEntry restrictedEntry = DEFAULT_POLICY.restrictedEntry();
        RestrictedExit restrictedExit = DEFAULT_POLICY.restrictedExit();
        boolean visitors = DEFAULT_POLICY.visitorsAllowed();
        int reserved = DEFAULT_POLICY.reservedForPassHolders();
        AntiPassback passback = DEFAULT_POLICY.antiPassback();

        PolicyBuilder entry(RestrictedEntry value) {
            restrictedEntry = value;
            return this;
        }

        PolicyBuilder exit(RestrictedExit value) {
            restrictedExit = value;
            return this;
        }

        PolicyBuilder visitors(boolean value) {
            visitors = value;
            return this;
        }

        PolicyBuilder reserved(int value) {
            reserved = value;
            return this;
        }

        PolicyBuilder passback(AntiPassback value) {
            passback = value;
            return this;
        }

        LotPolicy build() {
            return new LotPolicy(restrictedEntry, restrictedExit, visitors, reserved, passback,
                    DEFAULT_POLICY.expiryWarningDays(), DEFAULT_POLICY.fuzzyMinConfidence(),
                    DEFAULT_POLICY.prepaidGraceMinutes(), DEFAULT_POLICY.plateFormat(), DEFAULT_POLICY.tariff());
        }
    }
}
