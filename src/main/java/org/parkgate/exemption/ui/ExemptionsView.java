package org.parkgate.exemption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.parkgate.base.ui.DayPicker;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.exemption.ExemptionKind;
import org.parkgate.exemption.ExemptionRow;
import org.parkgate.exemption.ExemptionService;
import org.parkgate.exemption.ExemptionStatus;
import org.parkgate.exemption.NewExemption;
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
    private final Clock clock;
    private final boolean decides;
    final Select<ExemptionStatus> show = new Select<>();
    final Grid<ExemptionRow> grid = new Grid<>();

    ExemptionsView(ExemptionService exemptions, Clock clock, AuthenticationContext authentication) {
        this.exemptions = exemptions;
        this.clock = clock;
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
        var request = new Button(getTranslation("exemptions.request"), click -> openRequestDialog());
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setId("exemptions-request");

        grid.setId("exemptions-grid");
        grid.addColumn(this::subject).setHeader(getTranslation("exemptions.for")).setAutoWidth(true);
        grid.addColumn(this::terms).setHeader(getTranslation("exemptions.terms"));
        grid.addColumn(row -> row.validFrom() + " - " + row.validUntil()).setHeader(getTranslation("exemptions.valid"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ExemptionRow::reason).setHeader(getTranslation("exemptions.reason")).setFlexGrow(2);
        grid.addColumn(this::status).setHeader(getTranslation("exemptions.status")).setKey("status");
        grid.addColumn(ExemptionRow::requestedBy).setHeader(getTranslation("exemptions.requested-by"));
        grid.addComponentColumn(this::decisionButtons).setHeader(getTranslation("users.actions")).setKey("actions")
                .setAutoWidth(true);
        var toolbar = new HorizontalLayout(show, request);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
        expand(grid);
        refresh();
    }

    private String terms(ExemptionRow row) {
        return switch (row.kind()) {
            case FULL -> getTranslation("exemptions.kind.FULL");
            case PERCENT -> getTranslation("exemptions.terms.percent", row.amount());
            case FREE_MINUTES -> getTranslation("exemptions.terms.minutes", row.amount());
        };
    }

    /** The status, and that the gate refuses anyway while the owner is suspended (not for the past or refused). */
    private String status(ExemptionRow row) {
        String status = getTranslation("exemptions.status." + row.status().name());
        boolean stillMatters = row.status() != ExemptionStatus.EXPIRED && row.status() != ExemptionStatus.REJECTED;
        return row.ownerSuspended() && stillMatters ? getTranslation("exemptions.status.owner-suspended", status)
                : status;
    }

    private HorizontalLayout decisionButtons(ExemptionRow row) {
        var buttons = new HorizontalLayout();
        if (decides && row.status() == ExemptionStatus.PENDING) {
            var approve = new Button(getTranslation("exemptions.approve"),
                    click -> Confirmation.ask(getTranslation("exemptions.approve") + ": " + subject(row),
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

    private void openRequestDialog() {
        var plate = new TextField(getTranslation("vehicle.plate"));
        plate.setId("exemption-plate");
        var suspended = new Span();
        suspended.setId("exemption-owner-suspended");
        suspended.getStyle().set("color", "var(--lumo-warning-text-color)");
        suspended.setVisible(false);
        plate.addValueChangeListener(change -> {
            suspended.setText(getTranslation("exemptions.owner-suspended", change.getValue()));
            suspended.setVisible(exemptions.gateRefusesOwnerOf(change.getValue()));
        });
        var wholeOwner = new Checkbox(getTranslation("exemptions.whole-owner"));
        wholeOwner.setId("exemption-whole-owner");
        var kind = new Select<ExemptionKind>();
        kind.setLabel(getTranslation("exemptions.kind"));
        kind.setItems(ExemptionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("exemptions.kind." + value.name()));
        kind.setValue(ExemptionKind.FULL);
        kind.setId("exemption-kind");
        var amount = new IntegerField(getTranslation("exemptions.amount"));
        amount.setHelperText(getTranslation("exemptions.amount.help"));
        amount.setId("exemption-amount");
        var from = new DayPicker(getTranslation("exemptions.from"));
        LocalDate today = LocalDate.now(clock);
        from.setValue(today);
        from.setMin(ExemptionService.VALIDITY_START.earliest(today));
        from.setMax(ExemptionService.VALIDITY_START.latest(today));
        from.setId("exemption-from");
        var until = new DayPicker(getTranslation("exemptions.until"));
        until.setValue(today.plusMonths(1));
        until.setId("exemption-until");
        var reason = new TextField(getTranslation("exemptions.reason"));
        reason.setId("exemption-reason");
        new FormDialog(getTranslation("exemptions.request"), new FormLayout(plate, suspended, wholeOwner, kind, amount,
                        from, until, reason),
                () -> exemptions.request(new NewExemption(plate.getValue(), wholeOwner.getValue(), kind.getValue(),
                        amount.getValue() == null ? 0 : amount.getValue(), from.getValue(), until.getValue(),
                        reason.getValue())),
                () -> {
                    Notifications.success(getTranslation("exemptions.requested", plate.getValue()));
                    refresh();
                }).open();
    }

    /** The plate, or "all vehicles of" the owner. */
    private String subject(ExemptionRow row) {
        return row.plate() != null ? row.plate() : getTranslation("exemptions.all-vehicles-of", row.ownerName());
    }

    private void refresh() {
        grid.setItems(exemptions.list(show.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exemptions.title");
    }
}
