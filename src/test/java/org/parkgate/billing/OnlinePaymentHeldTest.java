package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.provider.SandboxProvider;
import org.parkgate.billing.provider.SandboxSignature;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Online money that cannot be applied is never lost: paid meanwhile at the counter, a notification
 * is stored as HELD with its event and listed for the cashiers; a later FAILED does not hide it;
 * reconciliation believes only the amount the provider reports; concurrent deliveries count once.
 */
class OnlinePaymentHeldTest extends KaribuTest {

    static final String SECRET = "demo-sandbox-secret";
    static final AtomicInteger OWNERS = new AtomicInteger();

    @Autowired
    OnlineOrders orders;
    @Autowired
    PaymentService payments;
    @Autowired
    PassService passes;
    @Autowired
    RegistryService registry;
    @Autowired
    SandboxProvider sandbox;
    @Autowired
    JdbcClient jdbc;

    long owner;
    long owed;
    PaymentOrder order;

    @BeforeEach
    void anOwnerWithAnUnpaidPassAndAnOrderForIt() {
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("在线暂挂月卡", PassPeriod.MONTH, 6000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        int n = OWNERS.incrementAndGet();
        String plate = "粤H0000" + n;
        owner = registry.createOwner(new NewOwner("暂挂" + n, "", "H-0" + n));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), LocalDate.now(clock));
        owed = payments.balance(owner).total();
        assertThat(owed).isEqualTo(6000);
        order = orders.create(OrderPurpose.ARREARS, owner, null, null, owed);
        SecurityContextHolder.clearContext(); // providers are nobody
    }

    @Test
    void paidAtTheCounterMeanwhileTheOnlineMoneyIsHeldWithItsEventAndListed() {
        login("cashier", Role.CASHIER);
        payments.recordAtCounter(owner, owed, PaymentMethod.CASH, null);
        SecurityContextHolder.clearContext();

        String paid = notification("evt-held-" + order.id(), "SUCCEEDED", "60.00");
        assertThat(orders.notify("sandbox", signed(paid), paid)).isEqualTo(NotificationOutcome.HELD);

        assertThat(status()).isEqualTo("HELD");
        assertThat(jdbc.sql("SELECT outcome FROM payment_event WHERE order_id = ?").param(order.id())
                .query(String.class).list()).containsExactly("HELD");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE owner = ?").param(owner).query(Integer.class).single())
                .as("only the counter's payment").isEqualTo(1);
        login("cashier", Role.CASHIER);
        assertThat(orders.held()).as("listed for a refund").anySatisfy(held -> {
            assertThat(held.orderId()).isEqualTo(order.id());
            assertThat(held.ordered()).isEqualTo(6000);
        });
        SecurityContextHolder.clearContext();

        String failed = notification("evt-failed-" + order.id(), "FAILED", "60.00");
        assertThat(orders.notify("sandbox", signed(failed), failed)).isEqualTo(NotificationOutcome.HELD);
        assertThat(status()).as("a later FAILED does not hide the money").isEqualTo("HELD");
    }

    @Test
    void reconciliationBelievesOnlyTheAmountTheProviderReports() {
        sandbox.recordOutcome(order.id(), true, owed - 100, "CNY"); // the provider took 1 yuan less
        clock.advance(Duration.ofMinutes(3));
        orders.reconcile();
        assertThat(status()).isEqualTo("HELD");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE owner = ?").param(owner).query(Integer.class).single())
                .isZero();
    }

    @Test
    void oneOrderThatCannotBeReconciledDoesNotStopTheOthers() {
        PaymentOrder broken = orders.create(OrderPurpose.RENEWAL, owner, null, null, owed); // names no period to renew
        sandbox.recordOutcome(broken.id(), true, owed, "CNY");
        sandbox.recordOutcome(order.id(), true, owed, "CNY");
        clock.advance(Duration.ofMinutes(3));
        orders.reconcile();
        assertThat(status()).as("the order after the broken one").isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT status FROM payment_order WHERE id = ?").param(broken.id()).query(String.class)
                .single()).as("asked again next time").isEqualTo("OPEN");
    }

    @Test
    void fourDeliveriesAtOnceAreOnePayment() throws Exception {
        String paid = notification("evt-four-" + order.id(), "SUCCEEDED", "60.00");
        String other = notification("evt-four-b-" + order.id(), "SUCCEEDED", "60.00");
        List<Callable<NotificationOutcome>> deliveries = List.of(
                () -> orders.notify("sandbox", signed(paid), paid), () -> orders.notify("sandbox", signed(paid), paid),
                () -> orders.notify("sandbox", signed(other), other), () -> orders.notify("sandbox", signed(other), other));
        List<NotificationOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<NotificationOutcome> outcome : pool.invokeAll(deliveries)) {
                outcomes.add(outcome.get()); // an exception here would be a 500 and a resend: none expected
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsOnlyOnce(NotificationOutcome.APPLIED)
                .containsOnly(NotificationOutcome.APPLIED, NotificationOutcome.DUPLICATE, NotificationOutcome.ALREADY_PAID);
        assertThat(status()).isEqualTo("PAID");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE owner = ?").param(owner).query(Integer.class).single())
                .isEqualTo(1);
    }

    private String status() {
        return jdbc.sql("SELECT status FROM payment_order WHERE id = ?").param(order.id()).query(String.class).single();
    }

    private Map<String, String> signed(String body) {
        return Map.of("x-parkgate-signature", SandboxSignature.header(SECRET, clock.instant().getEpochSecond(), body));
    }

    private String notification(String eventId, String status, String amount) {
        return "{\"eventId\":\"" + eventId + "\",\"orderId\":\"" + order.id() + "\",\"status\":\"" + status
                + "\",\"amount\":\"" + amount + "\",\"currency\":\"CNY\",\"paidAt\":\"" + clock.instant() + "\"}";
    }
}
