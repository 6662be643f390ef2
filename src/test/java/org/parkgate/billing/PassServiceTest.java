package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestLanes;
import org.parkgate.access.Decision;
import org.parkgate.access.Reason;
import org.parkgate.lane.AccessIndex;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Selling and renewing passes, and what the lane then decides, through the real database and index. */
class PassServiceTest extends KaribuTest {

    static final String ALWAYS = "MON-SUN 00:00-24:00";

    @Autowired
    PassService passes;

    @Autowired
    RegistryService registry;

    @Autowired
    AccessIndex accessIndex;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LotTermsService terms;

    @Autowired
    PaymentService payments;

    @BeforeEach
    void signInAsManager() {
        login("manager", Role.MANAGER);
    }

    Decision atTheEntrance(String plate) {
        return TestLanes.atTheEntrance(accessIndex.index(), clock, plate);
    }

    @Test
    void aSoldPassOpensTheBarrierAndARenewalStartsTheDayAfter() {
        long plan = passes.createPlan(new NewPassPlan("测试月卡", PassPeriod.MONTH, 6000, Rate.OWNER, ALWAYS, 1));
        long owner = registry.createOwner(new NewOwner("孙丽", "", "7-0707"));
        registry.addVehicle(owner, "鲁B12345", VehicleKind.CAR, null);
        assertThat(atTheEntrance("鲁B12345").reason()).as("no pass yet").isEqualTo(Reason.VISITOR_ENTRY);

        LocalDate today = LocalDate.now(clock);
        long first = passes.sell(owner, plan, List.of("鲁b-12345"), today.plusDays(3).minusMonths(1)); // ends today + 2
        Decision expiring = atTheEntrance("鲁B12345");
        assertThat(expiring.reason()).isEqualTo(Reason.PASS_EXPIRING);
        assertThat(expiring.daysUntilExpiry()).isEqualTo(2);

        long second = passes.renew(first);
        assertThat(endOf(second)).isEqualTo(endOf(first).plusDays(1).plusMonths(1).minusDays(1));
        assertThat(startOf(second)).isEqualTo(endOf(first).plusDays(1));
        assertThat(atTheEntrance("鲁B12345").reason()).isEqualTo(Reason.PASS_VALID);

        assertThatThrownBy(() -> passes.renew(first)).isInstanceOf(BillingException.class)
                .hasMessage("error.pass.already-renewed");
        login("admin", Role.ADMIN);
        assertThat(accessIndex.check().consistent()).isTrue();
    }

    @Test
    void aPassCoversOnlyTheOwnersOwnVehicles() {
        long plan = passes.createPlan(new NewPassPlan("测试年卡", PassPeriod.YEAR, 60000, Rate.OWNER, ALWAYS, 1));
        long owner = registry.createOwner(new NewOwner("周强", "", "7-0708"));
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("京A10001"), LocalDate.now(clock)))
                .isInstanceOf(BillingException.class).hasMessage("error.pass.plate-not-owners");
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of(), LocalDate.now(clock)))
                .isInstanceOf(BillingException.class).hasMessage("error.pass.no-vehicle");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM subscription WHERE owner = ?").param(owner).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void aFirstDayFarInThePastOrFutureIsRefusedAndNothingIsWritten() {
        long plan = passes.createPlan(new NewPassPlan("日期月卡", PassPeriod.MONTH, 6000, Rate.OWNER, ALWAYS, 1));
        long owner = registry.createOwner(new NewOwner("钱多", "", "7-0709"));
        registry.addVehicle(owner, "鲁B20991", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("鲁B20991"), LocalDate.of(2099, 1, 1)))
                .isInstanceOf(BillingException.class).hasMessage("error.pass.start-window")
                .satisfies(refused -> assertThat(((BillingException) refused).arguments())
                        .containsExactly(today.minusDays(31), today.plusYears(1)));
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("鲁B20991"), today.minusDays(32)))
                .hasMessage("error.pass.start-window");
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("鲁B20991"), null, false))
                .hasMessage("error.pass.plan-and-start-needed");
        assertThat(periodsOf(owner)).as("no period").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invoice WHERE owner = ?").param(owner).query(Integer.class).single())
                .as("and no invoice owed").isZero();

        passes.sell(owner, plan, List.of("鲁B20991"), today.minusDays(31));
        passes.sell(owner, plan, List.of("鲁B20991"), today.plusYears(1));
        assertThat(periodsOf(owner)).as("the limits themselves are accepted").isEqualTo(2);
    }

    @Test
    void theSamePassSoldTwiceIsRefusedWithAReason() {
        long plan = passes.createPlan(new NewPassPlan("重复月卡", PassPeriod.MONTH, 6000, Rate.OWNER, ALWAYS, 1));
        long owner = registry.createOwner(new NewOwner("重复", "", "7-0710"));
        registry.addVehicle(owner, "鲁B20992", VehicleKind.CAR, null);
        registry.addVehicle(owner, "鲁B20993", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        passes.sell(owner, plan, List.of("鲁B20992"), today);
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("鲁B20992"), today))
                .isInstanceOf(BillingException.class).hasMessage("error.pass.already-sold");
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("鲁B20993"), today, true))
                .as("the owner's other vehicle: the same plan from the same day, even confirmed")
                .hasMessage("error.pass.already-sold");
        assertThat(periodsOf(owner)).isEqualTo(1);
    }

    @Test
    void aPassOverlappingAnotherOfTheVehicleIsSoldOnlyWhenConfirmed() {
        long monthly = passes.createPlan(new NewPassPlan("重叠月卡", PassPeriod.MONTH, 6000, Rate.OWNER, ALWAYS, 1));
        long nights = passes.createPlan(new NewPassPlan("重叠夜卡", PassPeriod.MONTH, 3000, Rate.OWNER,
                "MON-SUN 18:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner("重叠", "", "7-0711"));
        registry.addVehicle(owner, "鲁B20994", VehicleKind.CAR, null);
        registry.addVehicle(owner, "鲁B20995", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(clock);
        passes.sell(owner, monthly, List.of("鲁B20994"), today);
        LocalDate endsOn = PassPeriod.MONTH.lastDay(today);

        assertThatThrownBy(() -> passes.sell(owner, nights, List.of("鲁B20995", "鲁B20994"), today.plusDays(10)))
                .isInstanceOf(PassOverlapException.class).hasMessage("error.pass.overlaps")
                .satisfies(refused -> assertThat(((BillingException) refused).arguments())
                        .containsExactly("鲁B20994", "重叠月卡", today, endsOn));
        assertThat(periodsOf(owner)).as("nothing written").isEqualTo(1);
        passes.sell(owner, monthly, List.of("鲁B20994"), endsOn.plusDays(1)); // the next period does not overlap

        passes.sell(owner, nights, List.of("鲁B20995", "鲁B20994"), today.plusDays(10), true);
        assertThat(periodsOf(owner)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PASS_SOLD_OVERLAPPING' AND subject = ?")
                .param("鲁B20994").query(Integer.class).single()).as("audited").isEqualTo(1);
    }

    @Test
    void aSaleWhosePaymentIsRefusedWritesNothing() {
        long plan = passes.createPlan(new NewPassPlan("付款月卡", PassPeriod.MONTH, 6000, Rate.OWNER, ALWAYS, 1));
        long owner = ownerWith("付不了", "7-0712", "鲁B30001");
        LocalDate today = LocalDate.now(clock);
        assertThat(passes.quoteSale(owner, plan, today)).isEqualTo(new SaleQuote(0, 0, 6000));

        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("鲁B30001"), today, false,
                new PayNow(PaymentMethod.CASH, null, 5000)))
                .as("the cashier was shown another amount").isInstanceOf(BillingException.class)
                .hasMessage("error.sale.amount-changed")
                .satisfies(refused -> assertThat(((BillingException) refused).arguments()).containsExactly("60.00"));
        assertThatThrownBy(() -> passes.sell(owner, plan, List.of("鲁B30001"), today, false,
                new PayNow(PaymentMethod.ONLINE, null, 6000))).hasMessage("error.payment.method-invalid");
        assertThat(periodsOf(owner)).as("no period").isZero();
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE owner = ?", owner)).as("no invoice").isZero();
        assertThat(count("SELECT COUNT(*) FROM payment WHERE owner = ?", owner)).as("no payment").isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'PASS_SOLD' AND subject = ?",
                RegistryService.ownerSubject(owner))).as("no sale audited").isZero();

        PassSale sold = passes.sell(owner, plan, List.of("鲁B30001"), today, false,
                new PayNow(PaymentMethod.CARD, "POS 0042", 6000));
        assertThat(sold.paymentId()).isPresent();
        assertThat(jdbc.sql("SELECT reference FROM payment WHERE id = ?").param(sold.paymentId().getAsLong())
                .query(String.class).single()).isEqualTo("POS 0042");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'PAYMENT_RECORDED' AND detail LIKE ?",
                "60.00 CARD")).as("audited by the payment service").isPositive();

        assertThat(passes.quoteRenewal(sold.periodId())).isEqualTo(new SaleQuote(0, 0, 6000));
        PassSale renewed = passes.renew(sold.periodId(), new PayNow(PaymentMethod.CASH, null, 6000));
        assertThat(renewed.paymentId()).isPresent();
        assertThat(count("SELECT COUNT(*) FROM invoice WHERE owner = ? AND settled_on IS NULL", owner)).isZero();
    }

    @Test
    void aRenewalByHandCoversOnlyTheVehiclesTheOwnerStillHas() {
        long plan = passes.createPlan(new NewPassPlan("换车月卡", PassPeriod.MONTH, 6000, Rate.OWNER, ALWAYS, 1));
        long owner = ownerWith("换车", "7-0713", "鲁B30002", "鲁B30003");
        long first = passes.sell(owner, plan, List.of("鲁B30002", "鲁B30003"), LocalDate.now(clock));
        registry.removeVehicle("鲁B30003");
        long second = passes.renew(first);
        assertThat(jdbc.sql("SELECT plate FROM subscription_vehicle WHERE subscription = ?").param(second)
                .query(String.class).list()).containsExactly("鲁B30002");
        registry.removeVehicle("鲁B30002");
        assertThatThrownBy(() -> passes.renew(second)).hasMessage("error.pass.no-vehicle-left");
    }

    @Test
    void whetherAnUnpaidPassOpensTheBarrierIsTheLotsContractTerm() {
        long plan = passes.createPlan(new NewPassPlan("未付月卡", PassPeriod.MONTH, 6000, Rate.OWNER, ALWAYS, 1));
        long owner = ownerWith("未付", "7-0714", "鲁B30004");
        long period = passes.sell(owner, plan, List.of("鲁B30004"), LocalDate.now(clock));
        assertThat(atTheEntrance("鲁B30004").reason()).as("as lots did before: unpaid opens")
                .isEqualTo(Reason.PASS_VALID);

        LotTerms before = terms.all().get("P1");
        try {
            terms.save(withUnpaidPassOpens(before, false));
            Decision unpaid = atTheEntrance("鲁B30004");
            assertThat(unpaid.reason()).as("no pass until paid: a visitor here").isEqualTo(Reason.VISITOR_ENTRY);
            assertThat(atTheEntrance("京A10001").reason()).as("a paid pass still opens").isEqualTo(Reason.PASS_VALID);
            login("admin", Role.ADMIN);
            assertThat(accessIndex.check().consistent()).as("the index agrees with the database").isTrue();

            login("cashier", Role.CASHIER);
            long payment = payments.recordAtCounter(owner, 6000, PaymentMethod.CASH, null);
            assertThat(atTheEntrance("鲁B30004").reason()).as("paid: the gate follows at once")
                    .isEqualTo(Reason.PASS_VALID);
            login("manager", Role.MANAGER);
            payments.reverse(payment, Reversal.VOID, "收错了");
            assertThat(atTheEntrance("鲁B30004").reason()).as("voided: unpaid again").isEqualTo(Reason.VISITOR_ENTRY);

            long next = passes.renew(period);
            payments.recordAtCounter(owner, 6000, PaymentMethod.CASH, null); // pays the oldest, this month
            assertThat(atTheEntrance("鲁B30004").reason()).as("this month paid, next month not yet")
                    .isEqualTo(Reason.PASS_VALID);
            assertThat(accessIndex.index().get("鲁B30004").account().pass().paidThroughMillis())
                    .as("valid through the paid period only").isEqualTo(endOfDay(endOf(period)));
            assertThat(endOf(next)).isAfter(endOf(period));
        } finally {
            login("manager", Role.MANAGER);
            terms.save(before);
        }
        assertThat(atTheEntrance("京A10003").reason()).as("the demo as it was").isEqualTo(Reason.GRACE);
    }

    private long ownerWith(String name, String unit, String... plates) {
        long owner = registry.createOwner(new NewOwner(name, "", unit));
        for (String plate : plates) {
            registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        }
        return owner;
    }

    private static LotTerms withUnpaidPassOpens(LotTerms t, boolean opens) {
        return new LotTerms(t.lot(), t.invoiceLeadDays(), t.graceDays(), t.restrictAfterDays(), t.suspendAfterPeriods(),
                t.lateFeeBasis(), t.lateFeeRateBp(), t.lateFeeFromDay(), t.lateFeeCapBp(), opens);
    }

    private long endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli();
    }

    private int count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Integer.class).single();
    }

    @Test
    void badPlansAreRefusedWithAReason() {
        assertThatThrownBy(() -> passes.createPlan(
                new NewPassPlan("夜间", PassPeriod.MONTH, 3000, Rate.OWNER, "weekdays after six", 1)))
                .isInstanceOf(BillingException.class).hasMessage("error.plan.windows-invalid");
        assertThatThrownBy(() -> passes.createPlan(new NewPassPlan("", PassPeriod.MONTH, 3000, Rate.OWNER, ALWAYS, 1)))
                .hasMessage("error.plan.name-invalid");
        assertThatThrownBy(() -> passes.createPlan(new NewPassPlan("负价", PassPeriod.MONTH, -1, Rate.OWNER, ALWAYS, 1)))
                .hasMessage("error.plan.price-negative");
        login("cashier", Role.CASHIER);
        assertThatThrownBy(() -> passes.createPlan(new NewPassPlan("收费员", PassPeriod.MONTH, 1, Rate.OWNER, ALWAYS, 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void periodsEndOnTheLastDayOfTheMonthsTheyCover() {
        assertThat(PassPeriod.MONTH.lastDay(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(PassPeriod.MONTH.lastDay(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(PassPeriod.QUARTER.lastDay(LocalDate.of(2026, 11, 15))).isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(PassPeriod.YEAR.lastDay(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 27));
    }

    @Test
    void theDemoPlatesMeanWhatTheReadmeSays() {
        assertThat(atTheEntrance("京A10001").reason()).isEqualTo(Reason.PASS_VALID);
        Decision expiring = atTheEntrance("京A10002");
        assertThat(expiring.reason()).isEqualTo(Reason.PASS_EXPIRING);
        assertThat(expiring.daysUntilExpiry()).isEqualTo(3);
        Decision overdue = atTheEntrance("京A10003");
        assertThat(overdue.reason()).as("this month unpaid for 10 days").isEqualTo(Reason.GRACE);
        assertThat(overdue.daysOverdue()).isEqualTo(10);
        assertThat(overdue.amountDue()).as("60.00 + 10 days x 0.03 late fee").isEqualTo(6030);
        Decision restricted = atTheEntrance("京A10004");
        assertThat(restricted.reason()).isEqualTo(Reason.ARREARS_RESTRICTED);
        assertThat(restricted.amountDue()).as("600.00 + 45 days x 0.30 late fee").isEqualTo(61350);
        assertThat(atTheEntrance("京A10005").reason()).isEqualTo(Reason.SUSPENDED);
        assertThat(atTheEntrance("京A10006").reason()).isEqualTo(Reason.EXEMPT);
    }

    private int periodsOf(long owner) {
        return jdbc.sql("SELECT COUNT(*) FROM subscription WHERE owner = ?").param(owner).query(Integer.class).single();
    }

    private LocalDate endOf(long subscription) {
        return jdbc.sql("SELECT ends_on FROM subscription WHERE id = ?").param(subscription)
                .query(java.sql.Date.class).single().toLocalDate();
    }

    private LocalDate startOf(long subscription) {
        return jdbc.sql("SELECT starts_on FROM subscription WHERE id = ?").param(subscription)
                .query(java.sql.Date.class).single().toLocalDate();
    }
}
