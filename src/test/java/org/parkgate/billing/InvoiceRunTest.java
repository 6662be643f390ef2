package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The invoice run: the next period within the lead days, never twice, caught up after a pause. */
class InvoiceRunTest extends KaribuTest {

    static final Instant NOV_25 = Instant.parse("2026-11-25T02:00:00Z"); // 10:00 in Beijing

    @Autowired
    PassService passes;

    @Autowired
    RegistryService registry;

    @Autowired
    InvoiceRun run;

    @Autowired
    JdbcClient jdbc;

    static final java.util.concurrent.atomic.AtomicInteger TESTS = new java.util.concurrent.atomic.AtomicInteger();

    long plan;
    long owner;
    String plate;

    @BeforeEach
    void anOwnerWithAMonthlyPass() {
        clock.set(NOV_25);
        login("manager", Role.MANAGER);
        plan = passes.createPlan(new NewPassPlan("续费测试", PassPeriod.MONTH, 6000, Rate.OWNER, "MON-SUN 00:00-24:00", 1));
        owner = registry.createOwner(new NewOwner("续费", "", "8-0801"));
        plate = "苏E0000" + TESTS.incrementAndGet();
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), LocalDate.of(2026, 11, 1)); // 1-30 November
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void issuesTheNextPeriodWithinTheLeadDaysOnce() {
        assertThat(run.runFor(owner, LocalDate.of(2026, 11, 19)).invoicesIssued()).as("1 Dec is 12 days away").isZero();

        InvoiceRunResult first = run.runFor(owner, LocalDate.of(2026, 11, 21));
        assertThat(first.invoicesIssued()).isEqualTo(1);
        assertThat(run.runFor(owner, LocalDate.of(2026, 11, 21)).invoicesIssued()).as("run again").isZero();
        assertThat(invoices()).containsExactly(
                "2026-11-01..2026-11-30 due 2026-11-25 60.00",
                "2026-12-01..2026-12-31 due 2026-12-01 60.00");
    }

    @Test
    void twoRunsAtOnceIssueOnePeriod() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        var one = CompletableFuture.supplyAsync(() -> run.runFor(owner, day).invoicesIssued());
        var other = CompletableFuture.supplyAsync(() -> run.runFor(owner, day).invoicesIssued());
        assertThat(one.join() + other.join()).isEqualTo(1);
        assertThat(invoices()).hasSize(2);
    }

    @Test
    void catchesUpPeriodsMissedWhileOff() {
        assertThat(run.runFor(owner, LocalDate.of(2027, 1, 25)).invoicesIssued()).as("December, January, February")
                .isEqualTo(3);
        assertThat(invoices()).last().isEqualTo("2027-02-01..2027-02-28 due 2027-02-01 60.00");
    }

    @Test
    void aPassThatStopsRenewingGetsNoMoreInvoices() {
        long sold = jdbc.sql("SELECT id FROM subscription WHERE owner = ?").param(owner).query(Long.class).single();
        assertThat(passes.stopRenewal(sold)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(run.runFor(owner, LocalDate.of(2026, 12, 25)).invoicesIssued()).isZero();
    }

    @Test
    void aVehicleNoLongerTheOwnersIsNotRenewed() {
        registry.removeVehicle(plate);
        assertThat(run.runFor(owner, LocalDate.of(2026, 11, 25)).invoicesIssued()).isZero();
    }

    List<String> invoices() {
        return jdbc.sql("SELECT period_start, period_end, due_on, amount FROM invoice WHERE owner = ? ORDER BY period_start")
                .param(owner)
                .query((rs, row) -> rs.getDate(1) + ".." + rs.getDate(2) + " due " + rs.getDate(3) + " "
                        + org.parkgate.base.Money.yuan(rs.getLong(4)))
                .list();
    }
}
