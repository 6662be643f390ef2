package org.parkgate.billing.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.parkgate.KaribuTest;
import org.parkgate.arrears.ArrearsService;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.OnlineRefunds;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.gate.BarrierState;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.parkgate.simulator.VirtualTraffic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A real payment provider's test: ParkGate in a context of its own (another database, the
 * provider configured by the subclass's dynamic properties, a real port its stand-in server
 * notifies), closed after the class; a restricted owner waits at the entrance in-1 in each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class ProviderContextTest extends KaribuTest {

    /**
     * The security context holder of the application context the other tests share: starting a
     * context of its own puts Vaadin's holder of that context into the static
     * {@link SecurityContextHolder}, so it goes back afterwards.
     */
    private static final SecurityContextHolderStrategy SHARED_HOLDER = SecurityContextHolder.getContextHolderStrategy();

    @Autowired
    protected VirtualTraffic traffic;
    @Autowired
    protected OnlineOrders orders;
    @Autowired
    protected OnlineRefunds refunds;
    @Autowired
    protected PassService passes;
    @Autowired
    protected PaymentService payments;
    @Autowired
    protected RegistryService registry;
    @Autowired
    protected ArrearsService arrears;
    @Autowired
    protected JdbcClient jdbc;

    protected long owner;
    protected String plate;

    @AfterAll
    static void theSharedContextsHolderAgain() {
        SecurityContextHolder.setContextHolderStrategy(SHARED_HOLDER);
    }

    /**
     * An owner with a yearly pass sold 40 days ago and not paid (restricted), {@code plate} its
     * car; once an earlier test's vehicle has passed in-1 and its arm is down.
     */
    protected void aRestrictedOwnerAtAQuietEntrance(String planName, String plateOfTest, String ownerName)
            throws InterruptedException {
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan(planName, PassPeriod.YEAR, 36000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        plate = plateOfTest;
        owner = registry.createOwner(new NewOwner(ownerName, "", "P-" + plateOfTest.substring(2)));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), LocalDate.now(clock));
        clock.advance(Duration.ofDays(40));
        arrears.recomputeEveryone(); // as the night's run does; this context has a database of its own
        for (int i = 0; i < 100 && (traffic.gate("in-1").state().vehiclePresent()
                || traffic.gate("in-1").state().barrier() != BarrierState.CLOSED); i++) {
            Thread.sleep(50); // an earlier test's vehicle still passing, its barrier still coming down
        }
        SecurityContextHolder.clearContext(); // cameras and providers
    }

    @AfterEach
    void theEntranceIsFreeAndTheClockBack() {
        if (traffic.gate("in-1").state().vehiclePresent()) {
            traffic.leave("in-1");
        }
        clock.reset();
    }

    /**
     * A read at in-1 while the provider fails ({@code failure} names how): refused with the amount
     * and "pay at the office or ask the guard", no QR code that cannot be paid, the arm down, and
     * the lane waited no longer than the provider's time-outs; then the vehicle drives off.
     */
    protected void refusedAndToldToPayAtTheOffice(String failure) {
        long started = System.nanoTime();
        LaneAnswer refused = traffic.arrive("in-1", plate);
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(refused.decision()).as(failure).isEqualTo("DENY");
        assertThat(refused.orderId()).as(failure).isNull();
        assertThat(refused.amountDue()).as(failure).isNotNull();
        assertThat(traffic.gate("in-1").state().display().qrPayload()).as("no dead QR code").isNull();
        assertThat(traffic.gate("in-1").state().display().lines()).as(failure)
                .anySatisfy(line -> assertThat(line).contains("请到管理处缴费或联系值班人员"))
                .anySatisfy(line -> assertThat(line).contains("please pay at the office or ask the guard"));
        assertThat(tookMs).as("the lane waits no longer than the time-outs").isLessThan(3000);
        assertThat(traffic.gate("in-1").state().barrier()).isEqualTo(BarrierState.CLOSED);
        traffic.leave("in-1");
        clock.advance(Duration.ofSeconds(10)); // the next read is a new vehicle, not a camera's repeat
    }

    protected void noOrderThePayerCouldNotScan() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_order WHERE plate = ?").param(plate).query(Integer.class)
                .single()).as("no order the payer could not scan").isZero();
    }

    protected void awaitBarrierUp() throws InterruptedException {
        for (int i = 0; i < 40 && !List.of(BarrierState.RISING, BarrierState.OPEN)
                .contains(traffic.gate("in-1").state().barrier()); i++) {
            Thread.sleep(50);
        }
        assertThat(traffic.gate("in-1").state().barrier()).isIn(BarrierState.RISING, BarrierState.OPEN);
    }

    /**
     * Waits for in-1's barrier to rise on a payment no notification tells of: the lane's poll asks
     * every 3 s, so this waits for up to four rounds. How soon it rises (within 5 s of the payment)
     * is measured in perf/ (README, "Performance"), not here, where other test contexts share the
     * machine's two cores.
     */
    protected void awaitBarrierUpFoundByThePoll() throws InterruptedException {
        long paidAt = System.nanoTime();
        while (!List.of(BarrierState.RISING, BarrierState.OPEN).contains(traffic.gate("in-1").state().barrier())
                && System.nanoTime() - paidAt < Duration.ofSeconds(12).toNanos()) {
            Thread.sleep(50);
        }
        assertThat(traffic.gate("in-1").state().barrier())
                .as("up %d ms after the payment", Duration.ofNanos(System.nanoTime() - paidAt).toMillis())
                .isIn(BarrierState.RISING, BarrierState.OPEN);
    }

    protected String lastReason() {
        return jdbc.sql("SELECT reason FROM passage WHERE plate = ? ORDER BY id DESC LIMIT 1").param(plate)
                .query(String.class).single();
    }

    protected int paymentsOfOwner() {
        return jdbc.sql("SELECT COUNT(*) FROM payment WHERE owner = ?").param(owner).query(Integer.class).single();
    }

    protected String orderStatus(String order) {
        return jdbc.sql("SELECT status FROM payment_order WHERE id = ?").param(order).query(String.class).single();
    }

    protected String paymentStatus(long payment) {
        return jdbc.sql("SELECT status FROM payment WHERE id = ?").param(payment).query(String.class).single();
    }

    protected String outcome(String provider, String eventId) {
        return jdbc.sql("SELECT outcome FROM payment_event WHERE provider = ? AND event_id = ?")
                .params(provider, eventId).query(String.class).single();
    }

    /**
     * The provider's notice of a payment was applied, or, when the lane's poll asked the provider
     * between the payment and the notice (it asks every few seconds), the poll applied it and the
     * notice found it paid: either way applied exactly once.
     */
    protected void assertAppliedByNoticeOrAnEarlierPoll(String provider, String eventId, String orderId) {
        String notice = outcome(provider, eventId);
        if (notice.equals("ALREADY_PAID")) {
            assertThat(outcome(provider, "query:" + orderId)).as("the poll came first").isEqualTo("APPLIED");
        } else {
            assertThat(notice).isEqualTo("APPLIED");
        }
    }

    protected static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
