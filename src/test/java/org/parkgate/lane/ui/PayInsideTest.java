package org.parkgate.lane.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.NotificationOutcome;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.provider.SandboxSignature;
import org.parkgate.lane.LaneController;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pay before you leave: a visitor pays inside the lot and the exit opens within the grace time; a
 * second click finds the same order, and one address cannot look up plate after plate.
 */
class PayInsideTest extends KaribuTest {

    /** Addresses no other test uses (TEST-NET-3), one or two per test. */
    static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final AtomicInteger PLATES = new AtomicInteger();

    @Autowired
    LaneController lanes;

    @Autowired
    OnlineOrders orders;

    @Autowired
    PayInsideLookups lookups;

    @Autowired
    JdbcClient jdbc;

    @Value("${parkgate.pay-inside.lookups-per-address}")
    int lookupsPerAddress;

    private final List<String> usedAddresses = new ArrayList<>();

    @AfterEach
    void backToNow() {
        usedAddresses.forEach(lookups::forget);
        clock.reset();
    }

    @Test
    void aVisitorWhoPaidInsideLeavesWithoutPayingAgain() {
        String plate = visitorInsideForThreeHours();
        openTabFrom(newAddress());

        lookUp(plate.toLowerCase());
        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).as("on the pay page").isEqualTo("7.00 yuan");

        payAndLeave(plate);
    }

    @Test
    void payingTwiceIsOneOrder() {
        String plate = visitorInsideForThreeHours();
        openTabFrom(newAddress());

        lookUp(plate);
        String first = location();
        lookUp(plate);
        assertThat(location()).as("the same pay page").startsWith("pay/").isEqualTo(first);
        assertThat(ordersFor(plate)).as("orders in the database").isEqualTo(1);

        payAndLeave(plate);
    }

    @Test
    void theLookUpPastTheLimitIsRefusedAndLooksNothingUpWhileOtherAddressesAreServed() {
        String plate = visitorInsideForThreeHours();
        String busy = newAddress();
        openTabFrom(busy);
        for (int i = 0; i < lookupsPerAddress; i++) {
            lookUp("桂Z" + String.format("%05d", PLATES.incrementAndGet())); // not inside: "nothing to pay"
            assertThat(feeText()).isEqualTo("Nothing to pay for this plate now.");
        }

        lookUp(plate);
        assertThat(feeText()).isEqualTo("Too many plates were looked up from this network. Please try again in a few"
                + " minutes, or pay at the exit.");
        assertThat(_find(Span.class, spec -> spec.withId("pay-amount"))).as("no pay page").isEmpty();
        assertThat(ordersFor(plate)).as("no order made").isZero();
        UI.getCurrent().setLocale(Translations.CHINESE);
        lookUp(plate);
        assertThat(feeText()).isEqualTo("当前网络查询车牌次数过多，请几分钟后再试，或在出口缴费。");

        openTabFrom(newAddress());
        lookUp(plate);
        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).as("another address is served")
                .isEqualTo("7.00 yuan");

        clock.advance(Duration.ofMinutes(5));
        openTabFrom(busy);
        lookUp(plate);
        assertThat(_find(Span.class, spec -> spec.withId("pay-amount"))).as("five minutes later, again").hasSize(1);
        payAndLeave(plate);
    }

    /** A visitor who came in through in-1 three hours ago (the clock is now then). */
    private String visitorInsideForThreeHours() {
        String plate = "桂A3" + String.format("%04d", PLATES.incrementAndGet() % 10_000);
        Instant entered = clock.instant();
        clock.set(entered);
        assertThat(lanes.plateRead("in-1", plate, null, null).reason()).isEqualTo("VISITOR_ENTRY");
        clock.set(entered.plus(Duration.ofHours(3)));
        return plate;
    }

    private String newAddress() {
        String address = "203.0.113." + (ADDRESSES.incrementAndGet() % 250 + 1);
        usedAddresses.add(address);
        return address;
    }

    private void lookUp(String plate) {
        UI.getCurrent().navigate("pay-inside");
        _setValue(_get(TextField.class, spec -> spec.withId("inside-plate")), plate);
        _click(_get(Button.class, spec -> spec.withId("inside-pay")));
    }

    private String feeText() {
        return _get(Span.class, spec -> spec.withId("inside-fee")).getText();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private int ordersFor(String plate) {
        return jdbc.sql("SELECT COUNT(*) FROM payment_order WHERE plate = ? AND purpose = 'VISITOR_FEE'").param(plate)
                .query(Integer.class).single();
    }

    /** Pays the plate's newest order as the provider would notify it; the visitor then leaves through out-1. */
    private void payAndLeave(String plate) {
        record Order(String id, long amount) {
        }
        Order order = jdbc.sql("""
                        SELECT id, amount FROM payment_order WHERE plate = ? AND purpose = 'VISITOR_FEE'
                        ORDER BY created_at DESC LIMIT 1""")
                .param(plate).query((rs, row) -> new Order(rs.getString(1), rs.getLong(2))).single();
        String body = "{\"eventId\":\"inside-" + order.id() + "\",\"orderId\":\"" + order.id()
                + "\",\"status\":\"SUCCEEDED\",\"amount\":\"" + java.math.BigDecimal.valueOf(order.amount(), 2)
                + "\",\"currency\":\"CNY\"}";
        assertThat(orders.notify("sandbox", Map.of("x-parkgate-signature",
                SandboxSignature.header("demo-sandbox-secret", clock.instant().getEpochSecond(), body)), body))
                .isEqualTo(NotificationOutcome.APPLIED);

        clock.advance(Duration.ofMinutes(10));
        assertThat(lanes.plateRead("out-1", plate, null, null).decision()).as("within the 15 minutes' grace")
                .isEqualTo("OPEN");
    }
}
