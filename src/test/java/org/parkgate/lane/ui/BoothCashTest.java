package org.parkgate.lane.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestDatabase;
import org.parkgate.TestLanes;
import org.parkgate.access.Reason;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.Handover;
import org.parkgate.billing.HeldPayment;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.NotificationOutcome;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PassesChanged;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.billing.Receipts;
import org.parkgate.billing.Reversal;
import org.parkgate.billing.ShiftHandovers;
import org.parkgate.billing.provider.SandboxProvider;
import org.parkgate.billing.provider.SandboxSignature;
import org.parkgate.gate.BarrierState;
import org.parkgate.lane.AccessIndex;
import org.parkgate.lane.BoothCash;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.LaneException;
import org.parkgate.lane.Passage;
import org.parkgate.lane.Site;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.report.Report;
import org.parkgate.report.ReportKind;
import org.parkgate.report.Reports;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.AuditQuery;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 收费放行 on the guard's Lanes page, with the real lanes (the simulator is the gate), database and
 * tills: a visitor who stayed three hours is refused at the exit with 7.00 (5.00 for the first
 * 2 hours, 2.00 for the third); the guard takes it in cash, the barrier opens, and the money is in
 * the guard's till, the ledger, the takings and the lane report, with its receipt. Each test runs
 * in a month of its own and with a guard of its own, so tills and reports hold only its money.
 */
class BoothCashTest extends KaribuTest {

    static final AtomicInteger PLATES = new AtomicInteger();

    @Autowired
    LaneController lanes;
    @Autowired
    BoothCash booth;
    @Autowired
    Site site;
    @Autowired
    ShiftHandovers handovers;
    @Autowired
    PaymentService payments;
    @Autowired
    Receipts receipts;
    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PassService passes;
    @Autowired
    RegistryService registry;
    @Autowired
    AccessIndex index;
    @Autowired
    TransactionTemplate transaction;

    @Autowired
    OnlineOrders orders;

    @Autowired
    SandboxProvider sandbox;

    @Autowired
    AuditLog audit;

    @AfterEach
    void backToTheTestsStart() {
        clock.reset();
    }

    @Test
    void theGuardTakesAVisitorsExitFeeInCashAndTheBarrierOpensWithAReceipt() throws InterruptedException {
        clock.set(Instant.parse("2031-03-05T02:00:00Z")); // 10:00 in Beijing
        String guard = "guard-booth-paid";
        Passage refusal = visitorRefusedAtTheExit(guard);
        assertThat(handovers.current().total()).as("the guard's till before").isZero();

        _click(_get(Button.class, spec -> spec.withId("lane-collect-out-1")));
        assertThat(field("lane-collect-plate").getValue()).isEqualTo(refusal.plate());
        assertThat(field("lane-collect-reason").getValue()).isEqualTo("Visitor fee due");
        assertThat(field("lane-collect-amount").getValue()).isEqualTo("7.00");
        assertThat(field("lane-collect-amount").isReadOnly()).as("the refusal's amount, not typed in").isTrue();
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("lane-collect-received")), new BigDecimal("10"));
        assertThat(text("lane-collect-change")).isEqualTo("Change: 3.00 yuan");
        _click(_get(Button.class, spec -> spec.withId("lane-collect-confirm")));

        assertThat(site.lane("out-1").gate().state().barrier()).as("the simulator's arm")
                .isIn(BarrierState.RISING, BarrierState.OPEN);
        Anchor receiptLink = _get(Anchor.class, spec -> spec.withId("lane-collect-receipt"));
        long paymentId = Long.parseLong(receiptLink.getHref().substring("receipts/".length()));
        String receiptNo = receipts.find(paymentId).receiptNo();
        assertThat(receiptNo).startsWith("R2031-");
        assertThat(text("lane-collect-result"))
                .isEqualTo("7.00 yuan taken in cash (receipt " + receiptNo + "); barrier of 东门出口 East exit opened.");
        MockVaadin.clientRoundtrip(false);
        assertThat(GridKt._getFormattedRow(passagesGrid(), 0)).as("the booth payment in the passage list")
                .contains(refusal.plate(), "Opened", "Paid at the booth", guard + ": 7.00 · " + receiptNo);
        assertThat(GridKt._getFormattedRow(passagesGrid(), 1)).as("the refusal stays as it was")
                .contains(refusal.plate(), "Denied", "Visitor fee due", "7.00");
        assertThat(_find(Button.class, spec -> spec.withId("lane-collect-out-1")))
                .as("nothing more to collect at the lane").isEmpty();

        Handover till = handovers.current();
        assertThat(till.byMethod()).containsEntry(PaymentMethod.CASH, 700L);
        assertThat(till.entries()).isEqualTo(1);
        assertThat(booth.collect("out-1", refusal.id())).as("asked again: the first payment, nothing charged")
                .satisfies(again -> {
                    assertThat(again.already()).isTrue();
                    assertThat(again.paymentId()).isEqualTo(paymentId);
                });
        assertThat(handovers.current().total()).as("charged once").isEqualTo(700);

        UI.getCurrent().navigate(receiptLink.getHref()); // the guard's own receipt
        assertThat(text("receipt-lot")).isEqualTo("1号停车场 Lot P1");
        assertThat(text("receipt-number")).isEqualTo(receiptNo);
        assertThat(text("receipt-plates")).isEqualTo(refusal.plate());
        assertThat(_find(Component.class, spec -> spec.withId("receipt-owner"))).as("a visitor: no owner").isEmpty();
        assertThat(text("receipt-item-0-what")).isEqualTo("Parking stay");
        assertThat(text("receipt-item-0-period")).isEqualTo("Entered 2031-03-05 10:00:00, left 2031-03-05 13:00:00");
        assertThat(text("receipt-item-0-amount")).isEqualTo("7.00");
        assertThat(text("receipt-total")).isEqualTo("¥7.00");
        assertThat(text("receipt-capitals")).isEqualTo("人民币柒元整");
        assertThat(text("receipt-method")).isEqualTo("Cash");
        assertThat(text("receipt-cashier")).isEqualTo(guard);
        assertThat(text("receipt-time")).isEqualTo("2031-03-05 13:00:00");
        UI.getCurrent().setLocale(Translations.CHINESE);
        UI.getCurrent().navigate(receiptLink.getHref());
        assertThat(text("receipt-item-0-what")).isEqualTo("临时停车费");
        assertThat(text("receipt-item-0-period")).isEqualTo("入场 2031-03-05 10:00:00，出场 2031-03-05 13:00:00");
        assertThat(text("receipt-method")).isEqualTo("现金");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'BOOTH_CASH_COLLECTED' AND actor = ?"
                + " AND subject = 'out-1' AND detail = ?").params(guard, refusal.plate() + ": 7.00 · " + receiptNo)
                .query(Integer.class).single()).as("audited").isEqualTo(1);
        UI.getCurrent().setLocale(Translations.ENGLISH);

        login("cashier", Role.CASHIER); // the day's takings at the counter
        UI.getCurrent().navigate("payments");
        PaymentRow taken = GridKt._findAll(grid("payments-grid", PaymentRow.class)).stream()
                .filter(row -> row.id() == paymentId).findFirst().orElseThrow();
        assertThat(taken.stayFee()).isTrue();
        assertThat(taken.receivedBy()).isEqualTo(guard);
        assertThat(taken.method()).isEqualTo(PaymentMethod.CASH);
        UI.getCurrent().navigate("ledger");
        assertThat(GridKt._findAll(grid("ledger-grid", Object.class))).hasSize(1);
        assertThat(GridKt._getFormattedRow(grid("ledger-grid", Object.class), 0)).contains(receiptNo,
                "Visitor " + refusal.plate() + " (parking stay)", "7.00", "Cash", guard);
        assertThat(text("ledger-totals")).contains("7.00");

        login("manager", Role.MANAGER);
        Report lanesReport = reports.make(ReportKind.LANE_EVENTS, YearMonth.of(2031, 3), null, Translations.ENGLISH);
        assertThat(lanesReport.section("Refusals paid at the booth").table().rows()).containsExactly(
                List.of("Visitor fee due", "东门出口 East exit", 1L, new BigDecimal("7.00")),
                List.of("Total", "", 1L, new BigDecimal("7.00")));
        assertThat(lanesReport.section("Denials by reason and lane").table().rows()).as("still a refusal")
                .contains(List.of("Visitor fee due", "东门出口 East exit", 1L, 1L, new BigDecimal("7.00")));
        Report collection = reports.make(ReportKind.COLLECTION, YearMonth.of(2031, 3), null, Translations.ENGLISH);
        assertThat(collection.section("By staff member").table().rows())
                .contains(List.of(guard, 1L, new BigDecimal("7.00"), new BigDecimal("0.00"), new BigDecimal("7.00")));
        waitUntilClosed("out-1");
    }

    @Test
    void aSecondConfirmForTheSameRefusalChargesNothing() throws InterruptedException {
        clock.set(Instant.parse("2031-04-08T02:00:00Z"));
        String guard = "guard-booth-twice";
        Passage refusal = visitorRefusedAtTheExit(guard);

        // the dialog open twice for the same refusal (a double click, or the page in two tabs)
        var earlier = new BoothCashDialog(site.lane("out-1"), refusal, booth, clock);
        earlier.open();
        var later = new BoothCashDialog(site.lane("out-1"), refusal, booth, clock);
        later.open();
        _click(later.confirm);
        String first = _get(Anchor.class, spec -> spec.withId("lane-collect-receipt")).getHref();
        _click(later.close);
        _click(earlier.confirm);
        String receiptNo = receipts.find(Long.parseLong(first.substring("receipts/".length()))).receiptNo();
        assertThat(text("lane-collect-result"))
                .isEqualTo("This refusal was paid already: 7.00 yuan, receipt " + receiptNo + ". Nothing was charged again.");
        assertThat(_get(Anchor.class, spec -> spec.withId("lane-collect-receipt")).getHref()).isEqualTo(first);

        assertThat(handovers.current().byMethod()).containsEntry(PaymentMethod.CASH, 700L);
        assertThat(handovers.current().entries()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stay_payment WHERE plate = ?").param(refusal.plate())
                .query(Integer.class).single()).as("one payment for the stay").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passage WHERE plate = ? AND reason = 'PAID_AT_BOOTH'")
                .param(refusal.plate()).query(Integer.class).single()).as("one opening").isEqualTo(1);
        waitUntilClosed("out-1");
    }

    @Test
    void aGuardWithoutAShiftStartsOneWithTheFirstCashAndHandsItOver() throws InterruptedException {
        clock.set(Instant.parse("2031-05-13T02:00:00Z"));
        String guard = "guard-booth-new";
        Passage refusal = visitorRefusedAtTheExit(guard);
        Handover none = handovers.current();
        assertThat(none.from()).as("never handed over").isNull();
        assertThat(none.entries()).isZero();

        BoothCash.Collected collected = booth.collect("out-1", refusal.id());
        assertThat(collected.opened()).isTrue();
        Handover first = handovers.current();
        assertThat(first.byMethod()).containsEntry(PaymentMethod.CASH, 700L);

        UI.getCurrent().navigate("handover"); // the guard's own page for the booth's cash
        assertThat(text("handover-since")).isEqualTo("Your first shift: 1 entries so far");
        assertThat(GridKt._getFormattedRow(grid("handover-till-lines", Object.class), 0)).contains("Cash", "7.00");
        _click(_get(Button.class, spec -> spec.withId("handover-sign-off")));
        assertThat(_get(H2.class).getText()).startsWith("Shift handover no. ");
        Handover next = handovers.current();
        assertThat(next.from()).isNotNull();
        assertThat(next.total()).isZero();

        login("guard-booth-other", Role.GUARD); // another guard: not their money, not their receipt
        UI.getCurrent().navigate("receipts/" + collected.paymentId());
        assertThat(_find(Button.class, spec -> spec.withId("receipt-print"))).isEmpty();
        assertThat(_get(Paragraph.class).getText()).isEqualTo("This payment does not exist.");
        assertThatThrownBy(() -> payments.reverse(collected.paymentId(), Reversal.VOID, "not mine"))
                .isInstanceOf(AuthorizationDeniedException.class);
        login("cashier", Role.CASHIER); // the office sees every receipt
        UI.getCurrent().navigate("receipts/" + collected.paymentId());
        assertThat(text("receipt-cashier")).isEqualTo(guard);
        waitUntilClosed("out-1");
    }

    @Test
    void nothingIsTakenAndTheBarrierStaysDownWhenTheBoothPaymentCannotBeRecorded() throws InterruptedException {
        clock.set(Instant.parse("2031-06-17T02:00:00Z"));
        String guard = "guard-booth-failing";
        Passage refusal = visitorRefusedAtTheExit(guard);
        _click(_get(Button.class, spec -> spec.withId("lane-collect-out-1")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("lane-collect-received")), new BigDecimal("5"));
        assertThat(text("lane-collect-change")).isEqualTo("2.00 yuan short of the amount due");
        _click(_get(Button.class, spec -> spec.withId("lane-collect-confirm")));
        assertThat(text("lane-collect-error")).isEqualTo("The cash received is less than the 7.00 yuan due.");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("lane-collect-received")), null);

        TestDatabase.refuseWrites(jdbc, "booth_payment"); // the link cannot be written: nothing may stay
        try {
            _click(_get(Button.class, spec -> spec.withId("lane-collect-confirm")));
        } finally {
            TestDatabase.allowWrites(jdbc, "booth_payment");
        }
        assertThat(text("lane-collect-error")).isEqualTo(
                "The payment could not be recorded (the database is failing): no money was taken and the barrier stays down.");
        assertThat(site.lane("out-1").gate().state().barrier()).isEqualTo(BarrierState.CLOSED);
        assertThat(handovers.current().total()).as("no money in the till").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stay_payment WHERE plate = ?").param(refusal.plate())
                .query(Integer.class).single()).as("no payment").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM passage WHERE plate = ? AND opened").param(refusal.plate())
                .query(Integer.class).single()).as("only the entry opened").isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("lane-collect-confirm"))); // the database is back
        assertThat(site.lane("out-1").gate().state().barrier()).isIn(BarrierState.RISING, BarrierState.OPEN);
        assertThat(handovers.current().total()).isEqualTo(700);
        waitUntilClosed("out-1");
    }

    @Test
    void aRestrictedOwnerPaysTheArrearsAtTheExitBoothOldestInvoiceFirst() throws InterruptedException {
        clock.set(Instant.parse("2031-07-02T02:00:00Z"));
        int n = PLATES.incrementAndGet();
        String plate = "浙G" + (20000 + n);
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("岗亭欠费年卡" + n, PassPeriod.YEAR, 60000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner("岗亭欠费" + n, "13900000000", "B-0" + n));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), LocalDate.now(clock)); // due today, and never paid
        clock.advance(Duration.ofDays(31));
        // 31 days overdue, as the night's recomputation would find (a change of the owner's passes recomputes it)
        transaction.executeWithoutResult(status -> context.publishEvent(new PassesChanged(owner)));
        assertThat(TestLanes.atTheEntrance(index.index(), clock, plate).reason()).isEqualTo(Reason.ARREARS_RESTRICTED);

        waitUntilClosed("out-1");
        login("guard-booth-arrears", Role.GUARD);
        UI.getCurrent().navigate("lanes");
        LaneAnswer out = lanes.plateRead("out-1", plate, null, null);
        assertThat(out.reason()).as("the lot's policy: leave by paying what the display shows")
                .isEqualTo("ARREARS_RESTRICTED");
        MockVaadin.clientRoundtrip(false);
        _click(_get(Button.class, spec -> spec.withId("lane-collect-out-1")));
        assertThat(field("lane-collect-amount").getValue()).isEqualTo(out.amountDue().toPlainString());
        _click(_get(Button.class, spec -> spec.withId("lane-collect-confirm")));
        assertThat(site.lane("out-1").gate().state().barrier()).isIn(BarrierState.RISING, BarrierState.OPEN);
        long paymentId = Long.parseLong(_get(Anchor.class, spec -> spec.withId("lane-collect-receipt")).getHref()
                .substring("receipts/".length()));

        assertThat(receipts.find(paymentId).lines()).as("the owner's invoice, with its late fee").singleElement()
                .satisfies(line -> {
                    assertThat(line.planName()).isEqualTo("岗亭欠费年卡" + n);
                    assertThat(line.lateFee()).isPositive();
                });
        assertThat(handovers.current().byMethod()).containsEntry(PaymentMethod.CASH,
                out.amountDue().movePointRight(2).longValueExact());
        assertThat(TestLanes.atTheEntrance(index.index(), clock, plate).reason())
                .as("paid up: the gate lets the owner in again").isEqualTo(Reason.PASS_VALID);
        waitUntilClosed("out-1");
    }

    /** A visitor enters, stays 3 hours and is refused at the exit with 7.00, with the guard's Lanes page open. */
    /** The refusal's QR code stays on the display: a payment by phone after the cash must not count twice. */
    @Test
    void aPhonePaymentOfTheRefusalAfterTheBoothCashIsHeldForARefund() throws InterruptedException {
        clock.set(Instant.parse("2031-09-09T02:00:00Z"));
        Passage refusal = visitorRefusedAtTheExit("guard-booth-phone-after");
        String order = orderOf(refusal);
        booth.collect("out-1", refusal.id());
        assertThat(orderStatus(order)).as("closed at the provider, not payable as well").isEqualTo("SUPERSEDED");

        sandbox.recordOutcome(order, true, 700, "CNY"); // paid on the phone after all
        String paid = "{\"eventId\":\"evt-after-booth-" + order + "\",\"orderId\":\"" + order
                + "\",\"status\":\"SUCCEEDED\",\"amount\":\"7.00\",\"currency\":\"CNY\","
                + "\"paidAt\":\"2031-09-09T05:00:00Z\"}";
        assertThat(orders.notify("sandbox", Map.of("x-parkgate-signature",
                SandboxSignature.header("demo-sandbox-secret", clock.instant().getEpochSecond(), paid)), paid))
                .as("the money waits for a refund").isEqualTo(NotificationOutcome.HELD);
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("payments");
        assertThat(heldGrid().getColumnByKey("refund")).as("a manager's to give back").isNull();
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("dashboard"); // a new Payments page, as the manager's
        UI.getCurrent().navigate("payments");
        _click((Button) GridKt._getCellComponent(heldGrid(), heldOrders().indexOf(order), "refund"));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).as("a reason is needed")
                .isEqualTo("Give the reason (at most 200 characters).");
        _setValue(_get(TextField.class, spec -> spec.withId("held-refund-reason")), "paid at the booth in cash");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        NotificationsKt.expectNotifications("The payment of order " + order
                + " is being given back to the payer through its provider.");
        assertThat(orderStatus(order)).isEqualTo("REFUNDED");
        assertThat(jdbc.sql("SELECT amount FROM payment_refund WHERE order_id = ?").param(order).query(Long.class)
                .single()).as("all of what the phone paid").isEqualTo(700L);
        assertThat(heldOrders()).as("no longer held").doesNotContain(order);
        assertThat(audit.find(new AuditQuery(null, AuditAction.HELD_PAYMENT_REFUNDED, null, null), 0, 5))
                .anySatisfy(entry -> assertThat(entry.detail())
                        .isEqualTo("7.00 CNY through sandbox: paid at the booth in cash"));
        assertThat(stayPayments(refusal.plate())).as("paid once, at the booth").isEqualTo(1);
        waitUntilClosed("out-1");
    }

    @Test
    void aVisitorWhoHasJustPaidByPhoneIsNotChargedCashAsWell() throws InterruptedException {
        clock.set(Instant.parse("2031-10-14T02:00:00Z"));
        Passage refusal = visitorRefusedAtTheExit("guard-booth-phone-before");
        String order = orderOf(refusal);
        sandbox.recordOutcome(order, true, 700, "CNY"); // paid on the phone; its notification not here yet
        assertThatThrownBy(() -> booth.collect("out-1", refusal.id())).isInstanceOfSatisfying(LaneException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("error.booth.paid-online"));
        assertThat(orderStatus(order)).as("asked and applied at once").isEqualTo("PAID");
        assertThat(stayPayments(refusal.plate())).as("no cash taken").isZero();
        waitUntilClosed("out-1");
    }

    @SuppressWarnings("unchecked")
    private static Grid<HeldPayment> heldGrid() {
        return _get(Grid.class, spec -> spec.withId("payments-held"));
    }

    /** The orders the Payments page shows as held; none when it shows no such list. */
    @SuppressWarnings("unchecked")
    private static List<String> heldOrders() {
        return _find(Grid.class, spec -> spec.withId("payments-held")).stream()
                .flatMap(grid -> GridKt._findAll((Grid<HeldPayment>) grid).stream()).map(HeldPayment::orderId)
                .toList();
    }

    private String orderOf(Passage refusal) {
        return jdbc.sql("SELECT id FROM payment_order WHERE plate = ? AND lane = 'out-1' AND status = 'OPEN'")
                .param(refusal.plate()).query(String.class).single();
    }

    private String orderStatus(String order) {
        return jdbc.sql("SELECT status FROM payment_order WHERE id = ?").param(order).query(String.class).single();
    }

    private int stayPayments(String plate) {
        return jdbc.sql("SELECT COUNT(*) FROM stay_payment WHERE plate = ?").param(plate).query(Integer.class).single();
    }

    private Passage visitorRefusedAtTheExit(String guard) throws InterruptedException {
        waitUntilClosed("out-1");
        String plate = "晋F" + (10000 + PLATES.incrementAndGet());
        assertThat(lanes.plateRead("in-1", plate, null, null).reason()).isEqualTo("VISITOR_ENTRY");
        clock.advance(Duration.ofHours(3));
        login(guard, Role.GUARD);
        UI.getCurrent().navigate("lanes");
        LaneAnswer out = lanes.plateRead("out-1", plate, null, null);
        assertThat(out.reason()).isEqualTo("VISITOR_FEE_DUE");
        assertThat(out.amountDue()).isEqualByComparingTo("7.00");
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(Button.class, spec -> spec.withId("lane-collect-out-1")).isVisible()).isTrue();
        Passage refusal = GridKt._findAll(passagesGrid()).getFirst();
        assertThat(refusal.id()).isEqualTo(out.passageId());
        return refusal;
    }

    private void waitUntilClosed(String laneId) throws InterruptedException {
        for (int i = 0; i < 100 && site.lane(laneId).gate().state().barrier() != BarrierState.CLOSED; i++) {
            Thread.sleep(50); // a vehicle still passing
        }
        assertThat(site.lane(laneId).gate().state().barrier()).as("the arm of " + laneId + " down again")
                .isEqualTo(BarrierState.CLOSED);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Passage> passagesGrid() {
        return _get(Grid.class, spec -> spec.withId("lanes-passages"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id, Class<T> rows) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
