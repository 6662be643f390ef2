package org.parkgate.lane.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.NotificationOutcome;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.provider.SandboxSignature;
import org.parkgate.lane.LaneController;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pay before you leave: a visitor pays inside the lot and the exit opens within the grace time. */
class PayInsideTest extends KaribuTest {

    @Autowired
    LaneController lanes;

    @Autowired
    OnlineOrders orders;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aVisitorWhoPaidInsideLeavesWithoutPayingAgain() {
        String plate = "桂A3" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        Instant entered = clock.instant();
        clock.set(entered);
        assertThat(lanes.plateRead("in-1", plate, null, null).reason()).isEqualTo("VISITOR_ENTRY");
        clock.set(entered.plus(Duration.ofHours(3)));

        UI.getCurrent().navigate("pay-inside");
        _setValue(_get(TextField.class, spec -> spec.withId("inside-plate")), plate.toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("inside-pay")));
        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).as("on the pay page").isEqualTo("7.00 yuan");
        String orderId = jdbc.sql("SELECT id FROM payment_order WHERE plate = ? AND purpose = 'VISITOR_FEE'").param(plate)
                .query(String.class).single();
        String body = "{\"eventId\":\"inside-" + orderId + "\",\"orderId\":\"" + orderId
                + "\",\"status\":\"SUCCEEDED\",\"amount\":\"7.00\",\"currency\":\"CNY\"}";
        assertThat(orders.notify("sandbox", Map.of("x-parkgate-signature",
                SandboxSignature.header("demo-sandbox-secret", clock.instant().getEpochSecond(), body)), body))
                .isEqualTo(NotificationOutcome.APPLIED);

        clock.advance(Duration.ofMinutes(10));
        assertThat(lanes.plateRead("out-1", plate, null, null).decision()).as("within the 15 minutes' grace")
                .isEqualTo("OPEN");
    }
}
