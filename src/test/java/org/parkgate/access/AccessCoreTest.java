package org.parkgate.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parkgate.access.LotFixture.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.access.LotPolicy.RestrictedEntry;
import org.parkgate.access.LotPolicy.RestrictedExit;

/** Every reason code and the lot's policy choices, on a fixed clock (Wednesday 10:00, Beijing). */
class AccessCoreTest {

    /** One row: a policy, what happens, and what the lane must answer. */
    record Row(String name, UnaryOperator<PolicyBuilder> policy, int capacity, Function<LotFixture, Decision> script,
            Reason reason, long amountDue, Set<Flag> flags) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Row row(String name, Function<LotFixture, Decision> script, Reason reason, long amount, Flag... flags) {
        return new Row(name, p -> p, 100, script, reason, amount, flags(flags));
    }

    static Row row(String name, UnaryOperator<PolicyBuilder> policy, Function<LotFixture, Decision> script,
            Reason reason, long amount, Flag... flags) {
        return new Row(name, policy, 100, script, reason, amount, flags(flags));
    }

    static Set<Flag> flags(Flag... flags) {
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(List.of(flags));
        return set;
    }

    static Row full(String name, int insideAlready, String plate, Reason reason) {
        return new Row(name, p -> p, 20, f -> {
            f.lot.resetInside(insideAlready);
            return f.enter(plate);
        }, reason, 0, Set.of());
    }

    static List<Row> rows() {
        return List.of(
                // entrance
                row("paid pass enters", f -> f.enter(PAID), Reason.PASS_VALID, 0),
                row("pass ending in 3 days warns", f -> f.enter(EXPIRING), Reason.PASS_EXPIRING, 0, Flag.EXPIRING),
                row("overdue within grace opens with a warning", f -> f.enter(OVERDUE), Reason.GRACE, 6000,
                        Flag.ARREARS_WARNING),
                row("restricted, entry policy DENY", f -> f.enter(RESTRICTED), Reason.ARREARS_RESTRICTED, 36000),
                row("restricted, entry policy CHARGE_AS_VISITOR", p -> p.entry(RestrictedEntry.CHARGE_AS_VISITOR),
                        f -> f.enter(RESTRICTED), Reason.VISITOR_ENTRY, 36000, Flag.CHARGED_AS_VISITOR,
                        Flag.ARREARS_WARNING),
                row("suspended never enters, even charged as visitor",
                        p -> p.entry(RestrictedEntry.CHARGE_AS_VISITOR), f -> f.enter(SUSPENDED), Reason.SUSPENDED,
                        72000),
                row("full exemption", f -> f.enter(EXEMPT), Reason.EXEMPT, 0),
                row("blacklisted", f -> f.enter(BLACKLISTED), Reason.BLACKLISTED, 0),
                row("visitor enters", f -> f.enter(VISITOR), Reason.VISITOR_ENTRY, 0),
                row("visitor, lot takes none", p -> p.visitors(false), f -> f.enter(VISITOR), Reason.UNKNOWN_PLATE, 0),
                row("an owner's registered visitor, lot takes none", p -> p.visitors(false), f -> {
                    f.list(VISITOR, new Listing(ListStatus.VISITOR, f.clock.millis(), f.clock.millis() + DAY));
                    return f.enter(VISITOR);
                }, Reason.OWNER_VISITOR, 0),
                row("lapsed pass pays as visitor", f -> f.enter(LAPSED), Reason.VISITOR_ENTRY, 0,
                        Flag.CHARGED_AS_VISITOR),
                row("lapsed pass, lot takes no visitors", p -> p.visitors(false), f -> f.enter(LAPSED),
                        Reason.PASS_NOT_VALID_NOW, 0),
                row("evening pass in the morning, lot takes no visitors", p -> p.visitors(false),
                        f -> f.enter(EVENINGS_ONLY), Reason.PASS_NOT_VALID_NOW, 0, Flag.OUTSIDE_PASS_WINDOW),
                row("suspended, even with a full exemption", f -> {
                    long now = f.clock.millis();
                    f.register("京C55555", account(41, null, new Exemption(Exemption.Kind.FULL, 0, now - DAY, now + DAY),
                            new Arrears(ArrearsStage.SUSPENDED, 1000, 100), false));
                    return f.enter("京C55555");
                }, Reason.SUSPENDED, 1000),
                row("evening pass on Wednesday morning", f -> f.enter(EVENINGS_ONLY), Reason.VISITOR_ENTRY, 0,
                        Flag.OUTSIDE_PASS_WINDOW, Flag.CHARGED_AS_VISITOR),
                row("evening pass on Wednesday evening", f -> {
                    f.later(Duration.ofHours(9));
                    return f.enter(EVENINGS_ONLY);
                }, Reason.PASS_VALID, 0),
                row("evening pass on Saturday morning (Friday night runs on)", f -> {
                    f.later(Duration.ofDays(3).minusHours(2));
                    return f.enter(EVENINGS_ONLY);
                }, Reason.PASS_VALID, 0),
                row("second car of a one-car pass", f -> {
                    f.driveIn(SHARED_PASS_1);
                    return f.enter(SHARED_PASS_2);
                }, Reason.VISITOR_ENTRY, 0, Flag.PASS_VEHICLE_LIMIT, Flag.CHARGED_AS_VISITOR),
                row("second car after the first left", f -> {
                    f.driveIn(SHARED_PASS_1);
                    f.later(Duration.ofHours(1));
                    f.driveOut(SHARED_PASS_1);
                    return f.enter(SHARED_PASS_2);
                }, Reason.PASS_VALID, 0),
                full("visitor when only reserved spaces are left", 10, VISITOR, Reason.LOT_FULL),
                full("visitor while visitor spaces are free", 9, VISITOR, Reason.VISITOR_ENTRY),
                full("pass holder takes a reserved space", 19, PAID, Reason.PASS_VALID),
                full("pass holder when every space is taken", 20, PAID, Reason.LOT_FULL),
                full("assigned space when every space is taken", 20, ASSIGNED_SPACE, Reason.PASS_VALID),
                full("police when every space is taken", 20, POLICE, Reason.ALWAYS_ALLOWED),
                row("entering twice, strict anti-passback", p -> p.passback(AntiPassback.STRICT), f -> {
                    f.driveIn(PAID);
                    return f.enter(PAID);
                }, Reason.ANTI_PASSBACK, 0),
                row("entering twice, soft anti-passback", f -> {
                    f.driveIn(PAID);
                    return f.enter(PAID);
                }, Reason.PASS_VALID, 0, Flag.PASSBACK_IGNORED),
                row("entering twice, anti-passback off", p -> p.passback(AntiPassback.OFF), f -> {
                    f.driveIn(PAID);
                    return f.enter(PAID);
                }, Reason.PASS_VALID, 0),
                row("not a plate", f -> f.enter("ABC-123"), Reason.INVALID_PLATE, 0),
                row("letter I for 1, confident camera", f -> f.core.decide(f.in, "京AI0001", 95), Reason.PASS_VALID, 0,
                        Flag.FUZZY),
                row("letter I for 1, unsure camera", f -> f.core.decide(f.in, "京AI0001", 60), Reason.INVALID_PLATE, 0),
                row("messy read of a registered plate", f -> f.enter(" 京a·100-01 "), Reason.PASS_VALID, 0),
                // exit
                row("pass holder leaves", f -> {
                    f.driveIn(PAID);
                    f.later(Duration.ofHours(5));
                    return f.leave(PAID);
                }, Reason.PASS_VALID, 0),
                row("visitor leaves within the free minutes", f -> {
                    f.driveIn(VISITOR);
                    f.later(Duration.ofMinutes(25));
                    return f.leave(VISITOR);
                }, Reason.VISITOR_EXIT, 0),
                row("visitor after 3 hours pays", f -> {
                    f.driveIn(VISITOR);
                    f.later(Duration.ofHours(3));
                    return f.leave(VISITOR);
                }, Reason.VISITOR_FEE_DUE, 700),
                row("visitor who paid inside, within the grace time", f -> {
                    f.driveIn(VISITOR);
                    f.later(Duration.ofHours(3));
                    f.core.recordPayment(VISITOR, 700);
                    f.later(Duration.ofMinutes(14));
                    return f.leave(VISITOR);
                }, Reason.VISITOR_EXIT, 0, Flag.PREPAID),
                row("visitor who paid inside, too late: pays the difference", f -> {
                    f.driveIn(VISITOR);
                    f.later(Duration.ofHours(3));
                    f.core.recordPayment(VISITOR, 700);
                    f.later(Duration.ofMinutes(20));
                    return f.leave(VISITOR);
                }, Reason.VISITOR_FEE_DUE, 200),
                row("visitor who paid too little inside pays the rest, even within the grace time", f -> {
                    f.driveIn(VISITOR);
                    f.later(Duration.ofHours(3));
                    f.core.recordPayment(VISITOR, 100);
                    f.later(Duration.ofMinutes(5));
                    return f.leave(VISITOR);
                }, Reason.VISITOR_FEE_DUE, 600),
                row("restricted with nothing left to pay is not held", f -> {
                    f.register("京C66666", account(42, null, null, new Arrears(ArrearsStage.RESTRICTED, 0, 40), false));
                    return inside(f, "京C66666");
                }, Reason.ARREARS_NOTICE, 0),
                row("lapsed pass leaving without entry, strict", p -> p.passback(AntiPassback.STRICT),
                        f -> f.leave(LAPSED), Reason.ANTI_PASSBACK, 0, Flag.NO_ENTRY_RECORD),
                row("a visitor inside is not mistaken for a registered look-alike", f -> {
                    f.core.recordEntry(f.in, "京A1000S", true); // one confusable away from 京A10005
                    f.later(Duration.ofHours(3));
                    return f.leave("京A1000S");
                }, Reason.VISITOR_FEE_DUE, 700),
                row("visitor back within 10 minutes gets no new free time", f -> {
                    f.driveIn(VISITOR);
                    f.later(Duration.ofMinutes(20));
                    f.driveOut(VISITOR);
                    f.later(Duration.ofMinutes(5));
                    f.driveIn(VISITOR);
                    f.later(Duration.ofMinutes(20));
                    return f.leave(VISITOR);
                }, Reason.VISITOR_FEE_DUE, 500),
                row("restricted leaves, exit policy REQUIRE_PAYMENT", f -> inside(f, RESTRICTED), Reason.ARREARS_RESTRICTED,
                        36000),
                row("restricted leaves, exit policy ALLOW_WITH_NOTICE", p -> p.exit(RestrictedExit.ALLOW_WITH_NOTICE),
                        f -> inside(f, RESTRICTED), Reason.ARREARS_NOTICE, 36000),
                row("restricted leaves, exit policy CHARGE_AS_VISITOR",
                        p -> p.exit(RestrictedExit.CHARGE_AS_VISITOR), f -> inside(f, RESTRICTED),
                        Reason.VISITOR_FEE_DUE, 700, Flag.CHARGED_AS_VISITOR),
                row("suspended while inside can leave by paying", f -> inside(f, SUSPENDED), Reason.ARREARS_RESTRICTED,
                        72000),
                row("overdue leaves with a warning", f -> inside(f, OVERDUE), Reason.GRACE, 6000, Flag.ARREARS_WARNING),
                row("exempt leaves", f -> inside(f, EXEMPT), Reason.EXEMPT, 0),
                row("police leave", f -> f.leave(POLICE), Reason.ALWAYS_ALLOWED, 0),
                row("visitor leaving without entry, strict", p -> p.passback(AntiPassback.STRICT),
                        f -> f.leave(VISITOR), Reason.ANTI_PASSBACK, 0, Flag.NO_ENTRY_RECORD),
                row("visitor leaving without entry, soft", f -> f.leave(VISITOR), Reason.VISITOR_EXIT, 0,
                        Flag.NO_ENTRY_RECORD, Flag.PASSBACK_IGNORED),
                row("pass holder leaving without entry, strict", p -> p.passback(AntiPassback.STRICT),
                        f -> f.leave(PAID), Reason.PASS_VALID, 0, Flag.NO_ENTRY_RECORD),
                row("lapsed pass charged as visitor pays at exit", f -> {
                    f.driveIn(LAPSED);
                    f.later(Duration.ofHours(3));
                    return f.leave(LAPSED);
                }, Reason.VISITOR_FEE_DUE, 700, Flag.CHARGED_AS_VISITOR),
                row("half-price exemption", f -> {
                    long now = f.clock.millis();
                    f.register("京C12345", account(20, null, new Exemption(Exemption.Kind.PERCENT, 50, now, now + DAY),
                            Arrears.NONE, false));
                    f.driveIn("京C12345");
                    f.later(Duration.ofHours(3));
                    return f.leave("京C12345");
                }, Reason.VISITOR_FEE_DUE, 350, Flag.CHARGED_AS_VISITOR),
                row("an hour free by exemption on top of the lot's 30 minutes", f -> {
                    long now = f.clock.millis();
                    f.register("京C12346", account(21, null,
                            new Exemption(Exemption.Kind.FREE_MINUTES, 60, now, now + DAY), Arrears.NONE, false));
                    f.driveIn("京C12346");
                    f.later(Duration.ofMinutes(90));
                    return f.leave("京C12346");
                }, Reason.VISITOR_EXIT, 0, Flag.CHARGED_AS_VISITOR),
                row("an hour free by exemption, longer stay", f -> {
                    long now = f.clock.millis();
                    f.register("京C12346", account(21, null,
                            new Exemption(Exemption.Kind.FREE_MINUTES, 60, now, now + DAY), Arrears.NONE, false));
                    f.driveIn("京C12346");
                    f.later(Duration.ofMinutes(91));
                    return f.leave("京C12346");
                }, Reason.VISITOR_FEE_DUE, 500, Flag.CHARGED_AS_VISITOR),
                row("two registered plates one character from the read: unknown, not a guess", f -> {
                    f.register("京BB000S", account(30, pass(f.clock.millis() + DAY, TimeWindows.ALWAYS, 1), null,
                            Arrears.NONE, false));
                    f.register("京B80005", account(31, pass(f.clock.millis() + DAY, TimeWindows.ALWAYS, 1), null,
                            Arrears.NONE, false));
                    return f.enter("京B8000S");
                }, Reason.VISITOR_ENTRY, 0));
    }

    /** Puts a registered vehicle inside since 3 hours (however its account stands now). */
    static Decision inside(LotFixture f, String plate) {
        f.core.recordEntry(f.in, plate, false);
        f.later(Duration.ofHours(3));
        return f.leave(plate);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(Row row) {
        var fixture = new LotFixture(policy(row.policy()), row.capacity());
        Decision decision = row.script().apply(fixture);
        assertThat(decision.reason()).as(row.name() + ": " + decision).isEqualTo(row.reason());
        assertThat(decision.opens()).isEqualTo(row.reason().opens());
        assertThat(decision.amountDue()).as("amount due").isEqualTo(row.amountDue());
        assertThat(decision.flagSet()).as("flags").isEqualTo(row.flags());
        assertThat(decision.failure()).isNull();
    }

    @Test
    void theTableCoversEveryReasonCode() {
        Set<Reason> covered = EnumSet.of(Reason.INTERNAL_ERROR); // covered below
        for (Row row : rows()) {
            covered.add(row.reason());
        }
        assertThat(covered).containsExactlyInAnyOrder(Reason.values());
    }

    @Test
    void anyFailureInsideIsADenialWithTheCause() {
        var fixture = new LotFixture();
        var broken = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                throw new IllegalStateException("clock broke");
            }

            @Override
            public long millis() {
                throw new IllegalStateException("clock broke");
            }
        };
        Decision decision = new AccessCore(fixture.index, broken).decide(fixture.in, PAID, 99);
        assertThat(decision.reason()).isEqualTo(Reason.INTERNAL_ERROR);
        assertThat(decision.opens()).isFalse();
        assertThat(decision.failure()).hasMessage("clock broke");
    }

    @Test
    void otherCountriesPlatesTooLongToPackAreMatchedByText() {
        var policy = new LotPolicy(RestrictedEntry.DENY, RestrictedExit.REQUIRE_PAYMENT, false, 0,
                AntiPassback.SOFT, 7, 90, 15, PlateFormat.pattern("[A-Z0-9]{10,12}"), LotFixture.TARIFF);
        var fixture = new LotFixture(policy, 100);
        fixture.register("ABCDE12345X8", account(40, pass(fixture.clock.millis() + 30 * DAY, TimeWindows.ALWAYS, 1), null,
                Arrears.NONE, false));
        assertThat(fixture.enter("ABCDE12345X8").reason()).isEqualTo(Reason.PASS_VALID);
        Decision misread = fixture.enter("ABCDE12345XB");
        assertThat(misread.reason()).isEqualTo(Reason.PASS_VALID);
        assertThat(misread.has(Flag.FUZZY)).isTrue();
        assertThat(fixture.enter("ABCDE12345YY").reason()).isEqualTo(Reason.UNKNOWN_PLATE);
        assertThat(fixture.enter("AB").reason()).isEqualTo(Reason.INVALID_PLATE);
    }

    @Test
    void enteringAgainWithoutASeenExitEndsTheOldStayAndKeepsCountsRight() {
        var fixture = new LotFixture();
        fixture.clock.set(Instant.parse("2026-11-23T12:00:00Z")); // Monday 20:00 in Beijing
        fixture.register("京C77777", account(43, pass(fixture.clock.millis() + 30 * DAY,
                TimeWindows.parse("MON-FRI 18:00-09:00"), 1), null, Arrears.NONE, false));
        fixture.driveIn("京C77777");
        PassUsage usage = fixture.index.get("京C77777").account().pass().usage();
        assertThat(usage.inside()).isEqualTo(1);
        fixture.later(Duration.ofHours(14)); // Tuesday 10:00: outside the window, exit never seen
        assertThat(fixture.driveIn("京C77777").reason()).isEqualTo(Reason.VISITOR_ENTRY);
        assertThat(usage.inside()).as("the pass stay ended, the visitor stay does not count").isZero();
        assertThat(fixture.lot.inside()).isEqualTo(1);
        fixture.later(Duration.ofHours(1));
        assertThat(fixture.leave("京C77777").amountDue()).as("an hour as a visitor").isEqualTo(500);
        fixture.core.recordPayment("京C77777", 500);
        assertThat(fixture.driveOut("京C77777").reason()).isEqualTo(Reason.VISITOR_EXIT);
        assertThat(usage.inside()).isZero();
        assertThat(fixture.lot.inside()).isZero();
    }

    @Test
    void prunedVisitorsAreOnlyThoseWhoLeftLongAgo() {
        var fixture = new LotFixture();
        fixture.driveIn(VISITOR);
        fixture.driveIn("京B88888");
        fixture.later(Duration.ofMinutes(20));
        assertThat(fixture.driveOut(VISITOR).opens()).isTrue();
        fixture.later(Duration.ofHours(1));
        assertThat(fixture.core.pruneVisitorsLeftBefore(fixture.clock.millis())).isEqualTo(1);
        assertThat(fixture.index.get(VISITOR)).isNull();
        assertThat(fixture.index.get("京B88888")).isNotNull(); // still inside
        assertThat(fixture.index.get(PAID)).isNotNull();
    }

    /**
     * The largest prices a tariff accepts never overflow in a realistic stay; over two thousand
     * years a 1 % exemption's share would, and over two hundred thousand the fee itself: both are
     * denials, never a wrap to nothing due.
     */
    @ParameterizedTest(name = "{0} years, {1} % off")
    @CsvSource({"2000, 1", "200000, 0"})
    void anEnormousFeeDeniesInsteadOfWrappingAround(int years, int percent) {
        var tariff = new VisitorTariff(java.util.Currency.getInstance("CNY"), VisitorTariff.FreeTime.DEDUCT, 0, 1,
                VisitorTariff.MAX_PRICE, 1, VisitorTariff.MAX_PRICE, VisitorTariff.CapPeriod.ROLLING_24H, 0,
                VisitorTariff.Night.NONE, 0, 0, 0, 0, java.time.ZoneOffset.ofHours(8));
        var policy = new LotPolicy(RestrictedEntry.DENY, RestrictedExit.REQUIRE_PAYMENT, true, 0, AntiPassback.SOFT,
                7, 90, 15, PlateFormat.chinese(), tariff);
        var fixture = new LotFixture(policy, 100);
        long now = fixture.clock.millis();
        fixture.register("京C12347", account(22, null, percent == 0 ? null
                : new Exemption(Exemption.Kind.PERCENT, percent, now, now + (years + 1) * 366L * DAY),
                Arrears.NONE, false));
        fixture.driveIn("京C12347");
        fixture.later(Duration.ofDays(years * 365L));
        Decision decision = fixture.leave("京C12347");
        assertThat(decision.opens()).isFalse();
        assertThat(decision.reason()).isEqualTo(Reason.INTERNAL_ERROR);
        assertThat(decision.failure()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void detailsForTheDisplay() {
        var fixture = new LotFixture();
        Decision restricted = fixture.enter(RESTRICTED);
        assertThat(restricted.daysOverdue()).isEqualTo(45);
        assertThat(restricted.amountDueDecimal()).isEqualByComparingTo("360.00");
        assertThat(restricted.messageKey()).isEqualTo("access.reason.ARREARS_RESTRICTED");
        assertThat(restricted.messageArguments()).containsExactly(new java.math.BigDecimal("360.00"), 45, 0, RESTRICTED);
        assertThat(restricted.accountId()).isEqualTo(4);
        assertThat(fixture.enter(EXPIRING).daysUntilExpiry()).isEqualTo(3);
        assertThat(fixture.core.decide(fixture.in, "京AI0001", 95).plate()).isEqualTo(PAID);
    }

    /** Every policy combination: nobody inside is ever trapped, suspended and blacklisted never enter. */
    static Stream<LotPolicy> everyPolicy() {
        return Stream.of(RestrictedEntry.values()).flatMap(entry -> Stream.of(RestrictedExit.values())
                .flatMap(exit -> Stream.of(true, false).flatMap(visitors -> Stream.of(AntiPassback.values())
                        .map(passback -> policy(p -> p.entry(entry).exit(exit).visitors(visitors)
                                .passback(passback))))));
    }

    @ParameterizedTest
    @MethodSource("everyPolicy")
    void underEveryPolicyAVehicleInsideCanAlwaysLeaveByPaying(LotPolicy policy) {
        for (String plate : List.of(PAID, EXPIRING, OVERDUE, RESTRICTED, SUSPENDED, EXEMPT, BLACKLISTED, POLICE,
                EVENINGS_ONLY, SHARED_PASS_1, LAPSED, ASSIGNED_SPACE, VISITOR)) {
            var fixture = new LotFixture(policy, 100);
            Decision entry = fixture.enter(plate);
            if (plate.equals(SUSPENDED) || plate.equals(BLACKLISTED)) {
                assertThat(entry.opens()).as(plate + " enters under " + policy).isFalse();
            }
            fixture.core.recordEntry(fixture.in, plate, entry.reason() == Reason.VISITOR_ENTRY);
            fixture.later(Duration.ofHours(26));
            Decision exit = fixture.leave(plate);
            assertThat(exit.opens() || exit.amountDue() > 0)
                    .as(plate + " inside under " + policy + " gets " + exit).isTrue();
        }
    }
}
