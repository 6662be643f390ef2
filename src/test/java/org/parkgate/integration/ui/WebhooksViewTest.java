package org.parkgate.integration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.integration.webhook.Delivery;
import org.parkgate.integration.webhook.Endpoint;
import org.parkgate.integration.webhook.EventType;
import org.parkgate.integration.webhook.WebhookDeliveries;
import org.parkgate.integration.webhook.WebhookEndpoints;
import org.parkgate.lane.LaneController;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin registers a webhook endpoint on its page (bad URL refused, secret shown once), sees
 * each delivery in the log with the endpoint's answer, resends one, and removes the endpoint.
 */
class WebhooksViewTest extends KaribuTest {

    @Autowired
    WebhookEndpoints endpoints;
    @Autowired
    WebhookDeliveries deliveries;
    @Autowired
    LaneController lanes;

    @Test
    void anAdminRegistersAnEndpointSeesItsDeliveriesResendsAndRemovesIt() throws Exception {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("webhooks");
        _click(_get(Button.class, spec -> spec.withId("webhooks-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-name")), "无人接收");
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), "erp.example.com/hook");
        @SuppressWarnings("unchecked")
        CheckboxGroup<EventType> events = _get(CheckboxGroup.class, spec -> spec.withId("webhook-events"));
        _setValue(events, Set.of(EventType.PASSAGE_RECORDED));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("form-dialog-error")).getText())
                .startsWith("Enter an http:// or https:// address");
        // nobody listens on port 9 of this machine: every try fails at once
        _setValue(_get(TextField.class, spec -> spec.withId("webhook-url")), "http://127.0.0.1:9/hook");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        String secret = _get(Paragraph.class, spec -> spec.withId("webhook-created-secret")).getText();
        assertThat(secret).startsWith("whsec_");
        Endpoint endpoint = endpoints.list().stream().filter(e -> e.name().equals("无人接收")).findFirst().orElseThrow();

        try {
            long passage = lanes.plateRead("in-1", "甘L28001", 95, null).passageId();
            Delivery tried = awaitTried(passage);
            assertThat(tried.lastAnswer()).startsWith("not reached");

            UI.getCurrent().navigate("api-clients");
            UI.getCurrent().navigate("webhooks");
            @SuppressWarnings("unchecked")
            Grid<Delivery> log = _get(Grid.class, spec -> spec.withId("webhooks-deliveries"));
            assertThat(GridKt._getFormattedRow(log, 0)).contains("无人接收", "passage.recorded", tried.eventId(), "Waiting");
            assertThat(GridKt._getFormattedRow(log, 0).get(6)).startsWith(java.time.format.DateTimeFormatter.ofPattern("yyyy")
                    .format(clock.instant().atZone(clock.getZone()))).contains("not reached");
            int row = GridKt._findAll(log).indexOf(GridKt._findAll(log).stream().filter(d -> d.id() == tried.id())
                    .findFirst().orElseThrow());
            _click((Button) GridKt._getCellComponent(log, row, "resend"));
            assertThat(deliveries.ofEvent(tried.eventId())).hasSize(2);
        } finally {
            @SuppressWarnings("unchecked")
            Grid<Endpoint> registered = _get(Grid.class, spec -> spec.withId("webhooks-endpoints"));
            int row = GridKt._findAll(registered).indexOf(endpoint);
            _click((Button) GridKt._getCellComponent(registered, row, "remove"));
            _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        }
        assertThat(endpoints.list()).extracting(Endpoint::id).doesNotContain(endpoint.id());
    }

    /** The first delivery of the passage's event once it has been tried (up to 10 s of wall time). */
    private Delivery awaitTried(long passage) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            var tried = deliveries.page(0, 20).stream()
                    .filter(d -> d.body().contains("\"passageId\":" + passage + ",") && d.attempts() > 0).findFirst();
            if (tried.isPresent()) {
                return tried.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no try of the passage's delivery");
    }
}
