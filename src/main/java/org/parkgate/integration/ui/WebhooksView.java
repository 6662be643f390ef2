package org.parkgate.integration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.SecretShownOnce;
import org.parkgate.integration.webhook.Delivery;
import org.parkgate.integration.webhook.Endpoint;
import org.parkgate.integration.webhook.EventType;
import org.parkgate.integration.webhook.WebhookDeliveries;
import org.parkgate.integration.webhook.WebhookEndpoints;
import org.parkgate.security.Role;

/**
 * Webhooks: the endpoints the office's other systems receive events at (registered with the
 * events they want; the secret shown once), and the delivery log with each endpoint's last answer
 * and Resend. Admins only.
 */
@Route("webhooks")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 931.6, title = "menu.webhooks", icon = "vaadin:paperplane")
final class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    final Grid<Endpoint> endpointGrid = new Grid<>();
    final Grid<Delivery> deliveryGrid = new Grid<>();

    WebhooksView(WebhookEndpoints endpoints, WebhookDeliveries deliveries, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();
        var register = new Button(getTranslation("webhooks.new"), click -> register());
        register.setId("webhooks-new");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        endpointGrid.setId("webhooks-endpoints");
        endpointGrid.setAllRowsVisible(true);
        endpointGrid.addColumn(Endpoint::name).setHeader(getTranslation("webhooks.name"));
        endpointGrid.addColumn(Endpoint::url).setHeader(getTranslation("webhooks.url"));
        endpointGrid.addColumn(e -> e.events().stream().sorted().map(EventType::written).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("webhooks.events"));
        endpointGrid.addColumn(e -> DateTimes.format(e.createdAt(), clock) + " · " + e.createdBy())
                .setHeader(getTranslation("device-keys.created-at"));
        endpointGrid.addComponentColumn(this::removeButton).setHeader(getTranslation("owners.actions")).setKey("remove");

        deliveryGrid.setId("webhooks-deliveries");
        deliveryGrid.addColumn(d -> DateTimes.format(d.occurredAt(), clock)).setHeader(getTranslation("webhooks.occurred-at"));
        deliveryGrid.addColumn(Delivery::endpointName).setHeader(getTranslation("webhooks.name"));
        deliveryGrid.addColumn(Delivery::eventType).setHeader(getTranslation("webhooks.event"));
        deliveryGrid.addColumn(Delivery::eventId).setHeader(getTranslation("webhooks.event-id"));
        deliveryGrid.addColumn(d -> getTranslation("webhooks.status." + d.status())).setHeader(getTranslation("webhooks.status"))
                .setKey("status");
        deliveryGrid.addColumn(Delivery::attempts).setHeader(getTranslation("webhooks.attempts"));
        deliveryGrid.addColumn(d -> d.lastAnswer() == null ? "" : (d.lastAttemptAt() == null ? ""
                : DateTimes.format(d.lastAttemptAt(), clock) + " · ") + d.lastAnswer())
                .setHeader(getTranslation("webhooks.answer")).setFlexGrow(3);
        deliveryGrid.addComponentColumn(this::resendButton).setHeader(getTranslation("owners.actions")).setKey("resend");
        deliveryGrid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(d -> {
            var body = new Paragraph(d.body());
            body.getStyle().set("font-family", "monospace").set("word-break", "break-all");
            return body;
        }));

        add(new Paragraph(getTranslation("webhooks.help")), register, endpointGrid,
                new H3(getTranslation("webhooks.log")), deliveryGrid);
        expand(deliveryGrid);
        refresh();
    }

    private Component removeButton(Endpoint endpoint) {
        var remove = new Button(getTranslation("webhooks.remove"), click -> Confirmation.ask(
                Labels.of(this, "webhooks.remove", endpoint.name()),
                getTranslation("webhooks.remove.confirm", endpoint.name()), getTranslation("webhooks.remove"), () -> {
                    if (Notifications.attempt(this, () -> endpoints.remove(endpoint.id()))) {
                        refresh();
                    }
                }));
        remove.setId("webhook-remove-" + endpoint.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private Component resendButton(Delivery delivery) {
        var resend = new Button(getTranslation("webhooks.resend"), click -> {
            if (Notifications.attempt(this, () -> deliveries.resend(delivery.id()))) {
                Notifications.success(getTranslation("webhooks.resent", delivery.eventId()));
                refresh();
            }
        });
        resend.setId("webhook-resend-" + delivery.id());
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return resend;
    }

    private void register() {
        var name = new TextField(getTranslation("webhooks.name"));
        name.setId("webhook-name");
        name.setMaxLength(60);
        var url = new TextField(getTranslation("webhooks.url"));
        url.setId("webhook-url");
        url.setMaxLength(500);
        url.setPlaceholder("https://erp.example.com/parkgate/events");
        var events = new CheckboxGroup<EventType>(getTranslation("webhooks.events"));
        events.setId("webhook-events");
        events.setItems(EventType.values());
        events.setItemLabelGenerator(type -> type.written() + " · " + getTranslation("webhooks.event." + type.name()));
        var secret = new TextField(getTranslation("webhooks.secret"));
        secret.setId("webhook-secret");
        secret.setHelperText(getTranslation("webhooks.secret-help"));
        String[] made = new String[1];
        new FormDialog(getTranslation("webhooks.new"), new FormLayout(name, url, events, secret),
                () -> made[0] = endpoints.register(name.getValue(), url.getValue(), events.getValue(), secret.getValue())
                        .secret(),
                () -> {
                    refresh();
                    SecretShownOnce.open("webhook-created", name.getValue(), getTranslation("webhooks.shown-once"), made[0]);
                }).open();
    }

    private void refresh() {
        endpointGrid.setItems(endpoints.list());
        deliveryGrid.setItems(query -> deliveries.page(query.getOffset(), query.getLimit()).stream(),
                query -> deliveries.count());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.webhooks");
    }
}
