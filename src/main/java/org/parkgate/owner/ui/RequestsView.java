package org.parkgate.owner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.owner.VehicleRequest;
import org.parkgate.owner.VehicleRequests;
import org.parkgate.security.Role;

/**
 * What owners asked from the portal about their vehicles, waiting ones first: approving changes the
 * registry (and the gate) at once; rejecting needs a reason, which the owner sees.
 */
@Route("requests")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 304, title = "menu.requests", icon = "vaadin:car")
final class RequestsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    private final VehicleRequests requests;
    final Grid<VehicleRequest> grid = new Grid<>();
    final Checkbox waitingOnly = new Checkbox();

    RequestsView(VehicleRequests requests, Clock clock) {
        this.requests = requests;
        addClassName("parkgate-view");
        setSizeFull();
        waitingOnly.setLabel(getTranslation("requests.waiting-only"));
        waitingOnly.setId("requests-waiting-only");
        waitingOnly.setValue(true);
        waitingOnly.addValueChangeListener(change -> refresh());
        grid.setId("requests-grid");
        grid.addColumn(r -> DateTimes.format(r.askedAt(), clock)).setHeader(getTranslation("requests.asked-at"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.ownerName() + (r.unit() == null ? "" : " · " + r.unit()))
                .setHeader(getTranslation("requests.owner")).setAutoWidth(true);
        grid.addColumn(r -> r.kind() == VehicleRequest.Kind.ADD ? getTranslation("requests.add", r.plate())
                : getTranslation("requests.change", r.oldPlate(), r.plate()))
                .setHeader(getTranslation("requests.what")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("vehicle.kind." + r.vehicle().name())).setHeader(getTranslation("vehicle.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("requests.note"));
        grid.addColumn(r -> getTranslation("vehicle-request.status." + r.status().name())
                + (r.answer() == null ? "" : ": " + r.answer())).setHeader(getTranslation("requests.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("owners.actions")).setKey("actions")
                .setAutoWidth(true);
        add(waitingOnly, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(requests.forOffice(waitingOnly.getValue(), SHOWN));
    }

    private Component actions(VehicleRequest request) {
        if (request.status() != VehicleRequest.Status.PENDING) {
            return new Span();
        }
        var approve = new Button(getTranslation("requests.approve"), click -> {
            if (Notifications.attempt(this, () -> requests.approve(request.id()))) {
                Notifications.success(getTranslation("requests.approved", request.plate()));
                refresh();
            }
        });
        approve.setId("requests-approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("requests.reject"), click -> reject(request));
        reject.setId("requests-reject-" + request.id());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(approve, reject);
    }

    private void reject(VehicleRequest request) {
        var reason = new TextField(getTranslation("requests.reason"));
        reason.setId("requests-reason");
        reason.setMaxLength(VehicleRequests.NOTE_LIMIT);
        reason.setWidthFull();
        new FormDialog(getTranslation("requests.reject"), reason, () -> requests.reject(request.id(), reason.getValue()),
                this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.requests");
    }
}
