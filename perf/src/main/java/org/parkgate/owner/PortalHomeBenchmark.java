package org.parkgate.owner;

import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.parkgate.billing.AutoPay;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.lane.PassageSearch;
import org.parkgate.perf.RunningOffice;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.OwnerSessions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the owners' portal asks of the server for an owner with 3 years of monthly invoices (34
 * paid at the counter, the last 2 open) and 3 years of passages of their 2 cars (4 a day), among
 * 2,000 other owners: the home page, the pay page with every receipt, the last 90 days of
 * passages. Goal: the home well under 100 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PortalHomeBenchmark {

    static final int MONTHS = 36;
    static final int OTHER_OWNERS = 2_000;

    RunningOffice office;
    OwnerPortal portal;
    OwnerPayLinks links;
    AutoPay autoPay;
    PassageSearch passages;
    OwnerPrincipal owner;

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice();
        RunningOffice.signInAs("manager", "MANAGER");
        var registry = office.bean(RegistryService.class);
        var passService = office.bean(PassService.class);
        var payments = office.bean(PaymentService.class);
        JdbcTemplate jdbc = office.bean(JdbcTemplate.class);
        long plan = passService.createPlan(new NewPassPlan("月卡", PassPeriod.MONTH, 6000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 2));
        for (int i = 0; i < OTHER_OWNERS; i++) {
            long other = registry.createOwner(new NewOwner("别人" + i, String.format("139%08d", i), "9-" + i));
            registry.addVehicle(other, String.format("京B%05d", i), VehicleKind.CAR, null);
        }
        long id = registry.createOwner(new NewOwner("三年业主", "13812345678", "3-1201"));
        registry.addVehicle(id, "京A88001", VehicleKind.CAR, null);
        registry.addVehicle(id, "京A88002", VehicleKind.SUV, null);
        LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(MONTHS - 1);
        Timestamp now = Timestamp.from(Instant.now());
        for (int m = 0; m < MONTHS; m++) {
            LocalDate starts = first.plusMonths(m);
            jdbc.update("INSERT INTO subscription (owner, plan, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)", id,
                    plan, Date.valueOf(starts), Date.valueOf(PassPeriod.MONTH.lastDay(starts)), now);
            Long period = jdbc.queryForObject("SELECT MAX(id) FROM subscription", Long.class);
            jdbc.update("INSERT INTO subscription_vehicle (subscription, plate) VALUES (?, ?), (?, ?)", period, "京A88001",
                    period, "京A88002");
            jdbc.update("""
                    INSERT INTO invoice (owner, subscription, lot, period_start, period_end, amount, due_on, issued_at)
                    VALUES (?, ?, 'P1', ?, ?, 6000, ?, ?)""", id, period, Date.valueOf(starts),
                    Date.valueOf(PassPeriod.MONTH.lastDay(starts)), Date.valueOf(starts), now);
        }
        RunningOffice.signInAsCashier();
        for (int m = 0; m < MONTHS - 2; m++) {
            payments.recordAtCounter(id, 6000, PaymentMethod.CASH, null);
        }
        List<Object[]> batch = new ArrayList<>();
        Instant from = Instant.now().minus(Duration.ofDays(3 * 365));
        for (int day = 0; day < 3 * 365; day++) {
            for (String plate : List.of("京A88001", "京A88002")) {
                Timestamp out = Timestamp.from(from.plus(Duration.ofDays(day)).plus(Duration.ofHours(8)));
                Timestamp in = Timestamp.from(from.plus(Duration.ofDays(day)).plus(Duration.ofHours(19)));
                batch.add(new Object[] {"out-1", "OUT", plate, true, "PASS_VALID", 0, "再见", out});
                batch.add(new Object[] {"in-1", "IN", plate, true, "PASS_VALID", 0, "欢迎", in});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO passage (lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due,
                                     message, fuzzy, manual, captured_at, decided_at)
                VALUES (?, 'P1', ?, ?, ?, 95, ?, ?, ?, ?, FALSE, FALSE, ?, ?)""",
                batch.stream().map(row -> new Object[] {row[0], row[1], row[2], row[2], row[3], row[4], row[5], row[6],
                        row[7], row[7]}).toList());
        portal = office.bean(OwnerPortal.class);
        links = office.bean(OwnerPayLinks.class);
        autoPay = office.bean(AutoPay.class);
        passages = office.bean(PassageSearch.class);
        owner = new OwnerPrincipal("13812345678", List.of(id), null);
    }

    /** Each benchmark thread is the owner, signed in. */
    @Setup(Level.Iteration)
    public void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner,
                null, List.of(new SimpleGrantedAuthority(OwnerSessions.AUTHORITY))));
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
    }

    /** Everything the home page asks: the owner, what is owed with late fees, passes, stage, notices. */
    @Benchmark
    public OwnerHome home() {
        return portal.home();
    }

    /** The pay page: what is owed, the renewal offer, auto-pay and its charges, every receipt. */
    @Benchmark
    public void payPage(Blackhole hole) {
        hole.consume(portal.signedInAs());
        hole.consume(links.ownBill());
        hole.consume(links.ownRenewal());
        hole.consume(autoPay.ownMandate());
        hole.consume(autoPay.ownCharges());
        hole.consume(portal.payments());
        hole.consume(portal.home().open());
    }

    /** The passages page: the last 90 days of the owner's two cars. */
    @Benchmark
    public Object passages() {
        return passages.ofSignedInOwner(Instant.now().minus(Duration.ofDays(90)), 500);
    }
}
