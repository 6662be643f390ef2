package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.provider.SandboxProvider;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.reminder.ReminderPlanner;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Auto-pay day by day, with the sandbox as the provider: told three days before, charged once on
 * the due date, refused charges and invoices over the cap left to the normal reminders and
 * arrears, nothing charged once switched off, and a paid charge refunded through the provider.
 */
class AutoPayTest extends KaribuTest {

    @Autowired
    AutoPay autoPay;

    @Autowired
    PassService passes;

    @Autowired
    RegistryService registry;

    @Autowired
    PaymentService payments;

    @Autowired
    ReminderPlanner reminders;

    @Autowired
    SandboxProvider sandbox;

    @Autowired
    JdbcClient jdbc;

    private final List<String> declining = new java.util.ArrayList<>();

    @AfterEach
    void sandboxPaysAgainAndTheLotOffersAutoPay() {
        declining.forEach(agreement -> sandbox.decline(agreement, false));
        login("manager", Role.MANAGER);
        context.getBean(org.parkgate.lot.AutoPayOffer.class).offer("P1", true);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLotThatDoesNotOfferAutoPayIsNotCharged() {
        long owner = ownerOnAutoPay("13900230061", "甘E23061", 10000).current();
        login("manager", Role.MANAGER);
        context.getBean(org.parkgate.lot.AutoPayOffer.class).offer("P1", false);
        SecurityContextHolder.clearContext();
        day(5);
        autoPay.run(LocalDate.now(clock));
        assertThat(charges(owner)).isEmpty();
        assertThat(open(owner)).isEqualTo(8000);
    }

    /** An owner whose 80-yuan monthly pass starts (and is due) in 5 days, with auto-pay on up to {@code cap}. */
    private OwnerPrincipal ownerOnAutoPay(String phone, String plate, long cap) {
        login("manager", Role.MANAGER, Role.CASHIER);
        long plan = passes.createPlan(new NewPassPlan("自动缴费月卡" + plate, PassPeriod.MONTH, 8000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        long owner = registry.createOwner(new NewOwner("自动缴费", phone, "AP-" + phone.substring(8)));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), LocalDate.now(clock).plusDays(5));
        SecurityContextHolder.clearContext();
        var principal = new OwnerPrincipal(phone, List.of(owner), null);
        loginOwner(principal);
        autoPay.switchOn(cap);
        SecurityContextHolder.clearContext();
        return principal;
    }

    private void day(int n) {
        clock.advance(Duration.ofDays(n));
    }

    private long open(long owner) {
        return payments.balanceOf(owner, LocalDate.now(clock)).total();
    }

    private List<String> charges(long owner) {
        return jdbc.sql("SELECT status FROM autopay_charge WHERE owner = ?").param(owner).query(String.class).list();
    }

    @Test
    void theOwnerIsToldThreeDaysBeforeAndTheInvoiceIsChargedOnceOnItsDueDate() {
        long owner = ownerOnAutoPay("13900230001", "甘E23001", 10000).current();

        day(1);
        reminders.planToday();
        assertThat(notices(owner)).as("not yet: 4 days before").isEmpty();
        day(1);
        reminders.planToday();
        assertThat(notices(owner)).containsExactlyInAnyOrder("SMS", "EMAIL", "PAGE");
        day(2);
        autoPay.run(LocalDate.now(clock));
        assertThat(charges(owner)).as("the day before").isEmpty();
        assertThat(open(owner)).isEqualTo(8000);

        day(1);
        autoPay.run(LocalDate.now(clock));
        assertThat(open(owner)).isZero();
        autoPay.run(LocalDate.now(clock));
        assertThat(charges(owner)).as("once").containsExactly("PAID");
        assertThat(jdbc.sql("SELECT method || ' ' || amount FROM payment WHERE owner = ?").param(owner).query(String.class)
                .list()).containsExactly("ONLINE 8000");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject = ? AND action LIKE 'AUTOPAY%' ORDER BY id")
                .param("owner " + owner).query(String.class).list()).containsExactly("AUTOPAY_ON", "AUTOPAY_CHARGED");
    }

    @Test
    void aRefusedChargeLeavesTheInvoiceToTheNormalReminders() {
        OwnerPrincipal owner = ownerOnAutoPay("13900230011", "甘E23011", 10000);
        String agreement = jdbc.sql("SELECT agreement FROM autopay_mandate WHERE owner = ?").param(owner.current())
                .query(String.class).single();
        sandbox.decline(agreement, true);
        declining.add(agreement);
        day(5);

        autoPay.run(LocalDate.now(clock));
        assertThat(charges(owner.current())).containsExactly("FAILED");
        assertThat(open(owner.current())).isEqualTo(8000);
        reminders.planToday();
        assertThat(jdbc.sql("SELECT DISTINCT reason FROM reminder_message WHERE owner = ? AND reason = 'DUE_TODAY'")
                .param(owner.current()).query(String.class).list()).as("the due-today reminder goes").hasSize(1);
        loginOwner(owner);
        assertThat(autoPay.ownCharges().getFirst().status()).isEqualTo(AutoCharge.Status.FAILED);
    }

    @Test
    void anInvoiceOverTheCapIsNotCharged() {
        long owner = ownerOnAutoPay("13900230021", "甘E23021", 5000).current();
        day(5);
        autoPay.run(LocalDate.now(clock));
        assertThat(charges(owner)).containsExactly("SKIPPED");
        assertThat(open(owner)).isEqualTo(8000);
    }

    @Test
    void switchedOffNothingIsChargedAnyMore() {
        OwnerPrincipal owner = ownerOnAutoPay("13900230031", "甘E23031", 10000);
        day(4);
        loginOwner(owner);
        autoPay.switchOff();
        SecurityContextHolder.clearContext();
        day(1);
        autoPay.run(LocalDate.now(clock));
        assertThat(charges(owner.current())).isEmpty();
        assertThat(open(owner.current())).isEqualTo(8000);
    }

    @Test
    void aPaymentByAutoPayIsRefundedThroughItsProvider() {
        long owner = ownerOnAutoPay("13900230041", "甘E23041", 10000).current();
        day(5);
        autoPay.run(LocalDate.now(clock));
        long payment = jdbc.sql("SELECT id FROM payment WHERE owner = ?").param(owner).query(Long.class).single();

        login("manager", Role.MANAGER);
        payments.reverse(payment, Reversal.REFUND, "重复扣款");

        assertThat(jdbc.sql("SELECT status FROM payment_refund WHERE payment = ?").param(payment).query(String.class)
                .single()).isEqualTo("SUCCEEDED");
        assertThat(open(owner)).isEqualTo(8000);
    }

    @Test
    void aCapOutOfRangeIsRefused() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("上限", "13900230051", "AP-0051"));
        SecurityContextHolder.clearContext();
        loginOwner(new OwnerPrincipal("13900230051", List.of(owner), null));
        assertThatThrownBy(() -> autoPay.switchOn(0)).isInstanceOf(BillingException.class);
        assertThatThrownBy(() -> autoPay.switchOn(AutoPay.MOST_CAP + 1)).isInstanceOf(BillingException.class);
        assertThat(autoPay.ownMandate()).isEmpty();
    }

    private List<String> notices(long owner) {
        return jdbc.sql("SELECT channel FROM reminder_message WHERE owner = ? AND reason = 'AUTOPAY_NOTICE' ORDER BY channel")
                .param(owner).query(String.class).list();
    }
}
