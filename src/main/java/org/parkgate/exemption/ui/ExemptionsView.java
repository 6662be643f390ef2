package org.parkgate.exemption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.exemption.ExemptionRow;
import org.parkgate.exemption.ExemptionService;
import org.parkgate.exemption.ExemptionStatus;
import org.parkgate.security.Role;

/**
 * Exemptions by status (pending, active, expiring within 7 days, expired, ...). Staff request;
 * a manager who did not request approves or rejects.
 */
@Route("exemptions")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 303, title = "menu.exemptions", icon = "vaadin:handshake")
final class ExemptionsView extends VerticalLayout implements HasDynamicTitle {

    private final ExemptionService exemptions;
    private final boolean decides;
    final Select<ExemptionStatus> show = new Select<>();
    final Grid<ExemptionRow> grid = new Grid<>();

    ExemptionsView(ExemptionService exemptions, Clock clock, AuthenticationContext authentication) {
        this.exemptions = exemptions;
        this.decides = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.MANAGER);
        addClassName("parkgate-view");
        setSizeFull();

        show.setId("exemptions-show");
        show.setLabel(getTranslation("exemptions.show"));
        show.setItems(ExemptionStatus.values());
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption(getTranslation("exemptions.show.all"));
        show.setItemLabelGenerator(status -> status == null ? getTranslation("exemptions.show.all")
                : getTranslation("exemptions.status." + status.name()));
        show.addValueChangeListener(change -> refresh());
        var request = new Button(getTranslation("exemptions.request"), click -> ExemptionRequest.open(exemptions, clock, "",
                this::refresh));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setId("exemptions-request");

        grid.setId("exemptions-grid");
        ExemptionColumns.addTo(grid);
        grid.addComponentColumn(this::decisionButtons).setHeader(getTranslation("users.actions")).setKey("actions")
                .setAutoWidth(true);
        var toolbar = new HorizontalLayout(show, request);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout decisionButtons(ExemptionRow row) {
        var buttons = new HorizontalLayout();
        if (decides && row.status() == ExemptionStatus.PENDING) {
            var approve = new Button(getTranslation("exemptions.approve"),
                    click -> Confirmation.ask(Labels.of(this, "exemptions.approve", subject(row)),
                            getTranslation("exemptions.approve.confirm", subject(row)), getTranslation("exemptions.approve"),
                            () -> decide(() -> exemptions.approve(row.id()),
                                    row.ownerSuspended() ? "exemptions.approved-owner-suspended" : "exemptions.approved",
                                    subject(row))));
            approve.setId("approve-" + row.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            var reject = new Button(getTranslation("exemptions.reject"),
                    click -> decide(() -> exemptions.reject(row.id()), "exemptions.rejected", subject(row)));
            reject.setId("reject-" + row.id());
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(approve, reject);
        }
        return buttons;
    }

    private void decide(Runnable decision, String messageKey, String plate) {
        if (Notifications.attempt(this, decision)) {
            Notifications.success(getTranslation(messageKey, plate));
            refresh();
        }
    }

    private String subject(ExemptionRow row) {
        return ExemptionColumns.subject(row, this);
    }

    private void refresh() {
        grid.setItems(exemptions.list(show.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exemptions.title");
    }
}
