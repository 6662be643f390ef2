package org.parkgate.owner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.owner.VehicleRequest;
import org.parkgate.owner.VehicleRequests;
import org.parkgate.registry.OwnedVehicle;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * The owner's vehicles: the plates registered now, asking the office to add one or change one for
 * another, and the requests with where they stand (a waiting one can be withdrawn).
 */
@Route(value = "owner/vehicles", layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalVehiclesView extends VerticalLayout implements HasDynamicTitle {

    private final VehicleRequests requests;
    private final Clock clock;
    private final Div vehicles = new Div();
    private final Div asked = new Div();

    PortalVehiclesView(VehicleRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
        setPadding(false);
        vehicles.setId("portal-vehicles");
        asked.setId("portal-vehicle-requests");
        var add = new Button(getTranslation("owner.vehicles.add"), click -> ask(null));
        add.setId("portal-vehicle-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setWidthFull();
        add(vehicles, add, new H3(getTranslation("owner.vehicles.requests")), asked);
        show();
    }

    private void show() {
        vehicles.removeAll();
        var own = requests.ownVehicles();
        if (own.isEmpty()) {
            vehicles.add(new Paragraph(getTranslation("owner.vehicles.none")));
        }
        for (OwnedVehicle vehicle : own) {
            var plate = new Span(vehicle.plate() + " · " + getTranslation("vehicle.kind." + vehicle.kind().name()));
            plate.addClassName("parkgate-owner-card-title");
            var change = new Button(getTranslation("owner.vehicles.change"), click -> ask(vehicle.plate()));
            change.setId("portal-vehicle-change-" + vehicle.plate());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var card = new Div(plate, change);
            card.addClassName("parkgate-owner-card");
            vehicles.add(card);
        }
        asked.removeAll();
        var mine = requests.own();
        if (mine.isEmpty()) {
            asked.add(new Paragraph(getTranslation("owner.vehicles.no-requests")));
        }
        for (VehicleRequest request : mine) {
            asked.add(requestCard(request));
        }
    }

    private Div requestCard(VehicleRequest request) {
        var what = new Span(request.kind() == VehicleRequest.Kind.ADD
                ? getTranslation("owner.vehicles.asked-add", request.plate())
                : getTranslation("owner.vehicles.asked-change", request.oldPlate(), request.plate()));
        what.addClassName("parkgate-owner-card-title");
        var card = new Div(what, new Div(DateTimes.format(request.askedAt(), clock) + " · "
                + getTranslation("vehicle-request.status." + request.status().name())));
        if (request.answer() != null) {
            card.add(new Div(getTranslation("owner.vehicles.answer", request.answer())));
        }
        if (request.status() == VehicleRequest.Status.PENDING) {
            var withdraw = new Button(getTranslation("owner.vehicles.withdraw"), click -> {
                if (Notifications.attempt(this, () -> requests.withdraw(request.id()))) {
                    show();
                }
            });
            withdraw.setId("portal-vehicle-withdraw-" + request.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(withdraw);
        }
        card.setId("portal-vehicle-request-" + request.id());
        card.addClassName("parkgate-owner-card");
        return card;
    }

    /** The form to ask for a plate: a new one ({@code oldPlate} null), or one to change {@code oldPlate} for. */
    private void ask(@Nullable String oldPlate) {
        var plate = new TextField(getTranslation("owner.vehicles.plate"));
        plate.setId("portal-vehicle-plate");
        plate.setMaxLength(16);
        plate.setWidthFull();
        var kind = new Select<VehicleKind>();
        kind.setLabel(getTranslation("owner.vehicles.kind"));
        kind.setItems(VehicleKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("vehicle.kind." + k.name()));
        kind.setValue(VehicleKind.CAR);
        kind.setId("portal-vehicle-kind");
        var note = new TextField(getTranslation("owner.vehicles.note"));
        note.setId("portal-vehicle-note");
        note.setMaxLength(VehicleRequests.NOTE_LIMIT);
        note.setWidthFull();
        var form = new FormLayout(plate, kind, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        String title = oldPlate == null ? getTranslation("owner.vehicles.add")
                : getTranslation("owner.vehicles.change-title", oldPlate);
        var dialog = new FormDialog(title, form,
                () -> requests.ask(oldPlate, plate.getValue(), kind.getValue(), note.getValue()), () -> {
                    Notifications.success(getTranslation("owner.vehicles.asked"));
                    show();
                });
        dialog.setWidth("min(24em, 95vw)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.vehicles");
    }
}
