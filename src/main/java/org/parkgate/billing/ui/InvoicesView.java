package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.SearchField;
import org.parkgate.billing.InvoiceList;
import org.parkgate.billing.InvoiceQuery;
import org.parkgate.billing.InvoiceRow;
import org.parkgate.billing.InvoiceRun;
import org.parkgate.billing.InvoiceRunResult;
import org.parkgate.billing.PassService;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.security.Role;

/**
 * Invoices by pass period, newest first, with today's late fee and what is still owed. Managers
 * run the invoice run by hand; anyone in the office can stop a pass from renewing.
 */
@Route("invoices")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
@Menu(order = 202, title = "menu.invoices", icon = "vaadin:invoice")
final class InvoicesView extends VerticalLayout implements HasDynamicTitle {

    private final InvoiceList invoices;
    final SearchField filter;
    final Select<InvoiceQuery.Status> status = new Select<>();
    final Grid<InvoiceRow> grid = new Grid<>();

    InvoicesView(InvoiceList invoices, InvoiceRun run, PassService passes, AuthenticationContext authentication) {
        this.invoices = invoices;
        addClassName("parkgate-view");
        setSizeFull();
        filter = new SearchField("invoices-filter", getTranslation("owners.filter"),
                () -> grid.getDataProvider().refreshAll());
        status.setId("invoices-status");
        status.setItems(InvoiceQuery.Status.values());
        status.setItemLabelGenerator(value -> getTranslation("invoices.status." + value.name()));
        status.setValue(InvoiceQuery.Status.OPEN);
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var runNow = new Button(getTranslation("invoices.run"), click -> {
            InvoiceRunResult result = run.runNow();
            Notifications.success(getTranslation("invoices.run-done", result.invoicesIssued(), result.owners()));
            grid.getDataProvider().refreshAll();
        });
        runNow.setId("invoices-run");
        runNow.setVisible(authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.MANAGER));
        var toolbar = new HorizontalLayout(filter, status, runNow);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("invoices-grid");
        grid.addComponentColumn(row -> OwnerLinks.toFile(row.ownerId(), row.ownerName()))
                .setHeader(getTranslation("owners.name")).setKey("owner");
        grid.addColumn(row -> row.unit() == null ? "" : row.unit()).setHeader(getTranslation("owners.unit"));
        InvoiceColumns.addTo(grid);
        grid.addComponentColumn(row -> {
            if (!row.renews()) {
                return new com.vaadin.flow.component.html.Span(getTranslation("invoices.not-renewing"));
            }
            var stop = new Button(getTranslation("invoices.stop-renewal"), click -> Confirmation.ask(
                    getTranslation("invoices.stop-renewal"), getTranslation("invoices.stop-renewal.confirm"),
                    getTranslation("invoices.stop-renewal"), () -> {
                        if (Notifications.attempt(this, () -> Notifications.success(getTranslation(
                                "invoices.renewal-stopped", passes.stopRenewal(row.subscriptionId()).toString())))) {
                            grid.getDataProvider().refreshAll();
                        }
                    }));
            stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            stop.setId("stop-renewal-" + row.id());
            return stop;
        }).setHeader(getTranslation("invoices.renewal")).setAutoWidth(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true)); // no cut-off names or amounts
        grid.setItems(query -> invoices.find(query(query.getOffset(), query.getLimit())).stream(),
                query -> invoices.count(query(0, 1)));
        add(toolbar, grid);
        expand(grid);
    }

    private InvoiceQuery query(int offset, int limit) {
        return new InvoiceQuery(filter.getValue(), status.getValue(), offset, Math.min(limit, 1000));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invoices.title");
    }
}
