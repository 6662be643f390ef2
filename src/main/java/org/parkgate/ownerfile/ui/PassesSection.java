package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.OwnerPasses;
import org.parkgate.billing.PassPeriodRow;
import org.parkgate.billing.PassService;

/**
 * The periods sold, the latest end first: plan, days, plates, and for each pass's latest period
 * whether it renews, with renewing it now and stopping its renewal. {@code changed} runs after either.
 */
class PassesSection extends Section {

    private final PassService passes;
    private final Runnable changed;

    PassesSection(OwnerPasses owners, PassService passes, long ownerId, Runnable changed) {
        super("owner-file-passes-section", "owner-file.passes");
        this.passes = passes;
        this.changed = changed;
        var grid = new Grid<PassPeriodRow>();
        grid.addColumn(PassPeriodRow::plan).setHeader(getTranslation("passes.plan"));
        grid.addColumn(row -> row.startsOn() + " – " + row.endsOn()).setHeader(getTranslation("invoices.period"));
        grid.addColumn(PassPeriodRow::plates).setHeader(getTranslation("owners.plates"));
        grid.addColumn(this::renewal).setHeader(getTranslation("invoices.renewal"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("owners.actions")).setKey("actions");
        grid.setItems(owners.periodsOf(ownerId));
        add(listOf("owner-file-passes", grid));
    }

    private String renewal(PassPeriodRow row) {
        return getTranslation(!row.latest() ? "owner-file.renewed-already"
                : row.renews() ? "owner-file.renews" : "invoices.not-renewing");
    }

    private Component actions(PassPeriodRow row) {
        if (!row.latest()) {
            return new Span();
        }
        var renew = button("owner-file.renew", "renew-" + row.id(), () -> Confirmation.ask(
                Labels.of(this, "owner-file.renew", row.plan()),
                getTranslation("owner-file.renew.confirm", row.plan(), row.endsOn().plusDays(1).toString()),
                getTranslation("owner-file.renew"), () -> act(() -> passes.renew(row.id()),
                        getTranslation("owner-file.renewed", row.plan(), row.endsOn().plusDays(1).toString()))));
        var actions = new HorizontalLayout(renew);
        if (row.renews()) {
            actions.add(button("invoices.stop-renewal", "stop-renewal-" + row.id(), () -> Confirmation.ask(
                    getTranslation("invoices.stop-renewal"), getTranslation("invoices.stop-renewal.confirm"),
                    getTranslation("invoices.stop-renewal"), () -> act(() -> passes.stopRenewal(row.id()),
                            getTranslation("invoices.renewal-stopped", row.endsOn().toString())))));
        }
        return actions;
    }

    private Button button(String textKey, String id, Runnable click) {
        var button = new Button(getTranslation(textKey), event -> click.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    private void act(Runnable change, String done) {
        if (Notifications.attempt(this, change)) {
            Notifications.success(done);
            changed.run();
        }
    }
}
