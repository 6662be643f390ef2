package org.parkgate.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestLanes;
import org.parkgate.access.ArrearsStage;
import org.parkgate.access.Decision;
import org.parkgate.access.Reason;
import org.parkgate.billing.BillingException;
import org.parkgate.billing.LedgerLine;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.billing.Receipts;
import org.parkgate.billing.Reversal;
import org.parkgate.lane.AccessIndex;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * An unpaid pass period through its stages as the days pass (lot P1's demo terms: 3 grace days,
 * restricted after 30, 0.05 % a day late fee), then paid at the counter, voided and paid again,
 * with the gate following every step.
 */
class ArrearsFlowTest extends KaribuTest {

    static final Instant DEC_1 = Instant.parse("2026-12-01T02:00:00Z"); // 10:00 in Beijing

    @Autowired
    PassService passes;

    @Autowired
    PaymentService payments;

    @Autowired
    Receipts receipts;

    @Autowired
    RegistryService registry;

    @Autowired
    ArrearsService arrears;

    @Autowired
    AccessIndex accessIndex;

    static final java.util.concurrent.atomic.AtomicInteger TESTS = new java.util.concurrent.atomic.AtomicInteger();

    long owner;
    String plate;
    String unit;

    @BeforeEach
    void anOwnerWithAnUnpaidYearlyPass() {
        clock.set(DEC_1);
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("欠费测试年卡", PassPeriod.YEAR, 60000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        int test = TESTS.incrementAndGet();
        unit = "9-090" + test;
        plate = "浙A0000" + test;
        owner = registry.createOwner(new NewOwner("欠费", "13900000000", unit));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), LocalDate.of(2026, 12, 1)); // due today
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void stagesFollowTheDaysAndThePayment() {
        assertThat(gate().reason()).isEqualTo(Reason.PASS_VALID);

        day(4);
        assertThat(gate().reason()).as("3 days past due: grace").isEqualTo(Reason.PASS_VALID);
        day(5);
        Decision overdue = gate();
        assertThat(overdue.reason()).isEqualTo(Reason.GRACE);
        assertThat(overdue.amountDue()).as("600.00 + 4 days x 0.30").isEqualTo(60120);
        assertThat(overdue.daysOverdue()).isEqualTo(4);

        day(32);
        Decision restricted = gate();
        assertThat(restricted.reason()).isEqualTo(Reason.ARREARS_RESTRICTED);
        assertThat(restricted.amountDue()).isEqualTo(60000 + 31 * 30);
        assertThat(arrears.history(owner)).extracting(StageChange::to)
                .containsExactly(ArrearsStage.RESTRICTED, ArrearsStage.OVERDUE);

        login("cashier", Role.CASHIER);
        assertThatThrownBy(() -> payments.recordAtCounter(owner, 60000 + 31 * 30 + 1, PaymentMethod.CASH, null))
                .isInstanceOf(BillingException.class).hasMessage("error.payment.more-than-owed");
        long paid = payments.recordAtCounter(owner, 60000 + 31 * 30, PaymentMethod.CASH, null);
        assertThat(gate().reason()).as("restored on payment, without waiting for the night")
                .isEqualTo(Reason.PASS_VALID);
        assertThat(receipts.find(paid).lines()).singleElement()
                .satisfies(line -> assertThat(line.lateFee()).isEqualTo(31 * 30));
        assertThatThrownBy(() -> payments.reverse(paid, Reversal.VOID, "wrong owner"))
                .isInstanceOf(AuthorizationDeniedException.class);

        login("manager", Role.MANAGER);
        assertThatThrownBy(() -> payments.reverse(paid, Reversal.VOID, " "))
                .isInstanceOf(BillingException.class).hasMessage("error.payment.reason-needed");
        payments.reverse(paid, Reversal.VOID, "entered for the wrong owner");
        assertThat(gate().reason()).as("voided: restricted again").isEqualTo(Reason.ARREARS_RESTRICTED);
        assertThatThrownBy(() -> payments.reverse(paid, Reversal.REFUND, "again"))
                .isInstanceOf(BillingException.class).hasMessage("error.payment.already-reversed");

        login("cashier", Role.CASHIER);
        payments.recordAtCounter(owner, 30000, PaymentMethod.TRANSFER, "bank 123");
        assertThat(gate().reason()).as("half paid: still restricted").isEqualTo(Reason.ARREARS_RESTRICTED);
        assertThat(gate().amountDue()).isEqualTo(30000 + 31 * 30);
        payments.recordAtCounter(owner, 30000 + 31 * 30, PaymentMethod.CARD, null);
        assertThat(gate().reason()).isEqualTo(Reason.PASS_VALID);

        List<LedgerLine> ledger = payments.ledger(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)).stream()
                .filter(line -> line.ownerId() == owner).toList();
        assertThat(ledger).extracting(LedgerLine::kind).containsExactly("PAYMENT", "VOID", "PAYMENT", "PAYMENT");
        assertThat(ledger.stream().mapToLong(LedgerLine::amount).sum()).isEqualTo(60000 + 31 * 30);
        // the gate's account of this owner, kept by events, is what a rebuild from the database gives
        // (the whole index is not compared: other tests' accounts stand as of their own days, and this
        // test's nights do not rebuild it as the real night does)
        var kept = accessIndex.index().get(plate).account();
        accessIndex.rebuild();
        assertThat(accessIndex.index().get(plate).account()).isEqualTo(kept);
    }

    @Test
    void onlyOfficeStaffSeeArrearsAndANoteNeedsText() {
        day(10);
        login("cashier", Role.CASHIER);
        var mine = new ArrearsQuery(unit, null, ArrearsQuery.Sort.AMOUNT, false, 0, 10);
        assertThat(arrears.find(mine)).singleElement().satisfies(row -> {
            assertThat(row.standing().stage()).isEqualTo(ArrearsStage.OVERDUE);
            assertThat(row.plates()).isEqualTo(plate);
        });
        assertThatThrownBy(() -> arrears.addNote(owner, "  ")).isInstanceOf(ArrearsException.class);
        arrears.addNote(owner, "电话提醒，承诺周五缴费");
        assertThat(arrears.notes(owner)).extracting(CollectionNote::text).containsExactly("电话提醒，承诺周五缴费");
        login("guard", Role.GUARD);
        assertThatThrownBy(() -> arrears.find(mine)).isInstanceOf(AuthorizationDeniedException.class);
    }

    /** The given day of December 2026 (10:00), as the nightly recomputation sees it. */
    void day(int dayOfDecember) {
        clock.set(DEC_1.plus(Duration.ofDays(dayOfDecember - 1L)));
        arrears.recompute(owner, LocalDate.now(clock));
    }

    Decision gate() {
        return TestLanes.atTheEntrance(accessIndex.index(), clock, plate);
    }
}
