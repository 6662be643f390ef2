package org.parkgate.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.SecretShownOnce;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.security.ApiClients;
import org.parkgate.security.ApiScope;
import org.parkgate.security.Role;

/**
 * The office's other systems that call ParkGate's integration API: each created with a name and
 * scopes (its secret shown once), its secret rotated (the old one works a day more) or revoked.
 * Admins only.
 */
@Route("api-clients")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 931.5, title = "menu.api-clients", icon = "vaadin:connect")
final class ApiClientsView extends VerticalLayout implements HasDynamicTitle {

    private final ApiClients clients;
    private final Clock clock;
    final Grid<ApiClients.ApiClient> grid = new Grid<>();

    ApiClientsView(ApiClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();
        var create = new Button(getTranslation("api-clients.new"), click -> create());
        create.setId("api-clients-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("api-clients-grid");
        grid.addColumn(ApiClients.ApiClient::name).setHeader(getTranslation("api-clients.name"));
        grid.addColumn(client -> client.scopes().stream().sorted().map(ApiScope::written)
                .collect(Collectors.joining(" "))).setHeader(getTranslation("api-clients.scopes"));
        grid.addColumn(client -> DateTimes.format(client.createdAt(), clock) + " · " + client.createdBy())
                .setHeader(getTranslation("device-keys.created-at"));
        grid.addColumn(client -> client.rotatedAt() == null ? "" : DateTimes.format(client.rotatedAt(), clock))
                .setHeader(getTranslation("api-clients.rotated-at"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("owners.actions")).setKey("actions");
        add(new Paragraph(getTranslation("api-clients.help", ApiClients.GRACE.toHours())), create, grid);
        expand(grid);
        refresh();
    }

    private Component actions(ApiClients.ApiClient client) {
        if (client.revokedAt() != null) {
            return new Paragraph(getTranslation("device-keys.revoked", DateTimes.format(client.revokedAt(), clock)));
        }
        var rotate = new Button(getTranslation("api-clients.rotate"), click -> Confirmation.ask(
                Labels.of(this, "api-clients.rotate", client.name()),
                getTranslation("api-clients.rotate.confirm", ApiClients.GRACE.toHours()),
                getTranslation("api-clients.rotate"), () -> {
                    if (Notifications.attempt(this, () -> shown(client.name(), clients.rotate(client.id()).secret()))) {
                        refresh();
                    }
                }));
        rotate.setId("api-client-rotate-" + client.id());
        rotate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var revoke = new Button(getTranslation("device-keys.revoke"), click -> Confirmation.ask(
                Labels.of(this, "device-keys.revoke", client.name()),
                getTranslation("api-clients.revoke.confirm", client.name()), getTranslation("device-keys.revoke"), () -> {
                    if (Notifications.attempt(this, () -> clients.revoke(client.id()))) {
                        refresh();
                    }
                }));
        revoke.setId("api-client-revoke-" + client.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(rotate, revoke);
    }

    private void create() {
        var name = new TextField(getTranslation("api-clients.name"));
        name.setId("api-client-name");
        name.setMaxLength(60);
        var scopes = new CheckboxGroup<ApiScope>(getTranslation("api-clients.scopes"));
        scopes.setId("api-client-scopes");
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(scope -> scope.written() + " · " + getTranslation("api-clients.scope." + scope.name()));
        String[] secret = new String[1];
        new FormDialog(getTranslation("api-clients.new"), new FormLayout(name, scopes),
                () -> secret[0] = clients.create(name.getValue(), Set.copyOf(scopes.getValue())).secret(), () -> {
                    refresh();
                    shown(name.getValue(), secret[0]);
                }).open();
    }

    /** The secret, this once. */
    private void shown(String name, String secret) {
        SecretShownOnce.open("api-client-created", name, getTranslation("api-clients.shown-once"), secret);
    }

    private void refresh() {
        grid.setItems(clients.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.api-clients");
    }
}
