package org.parkgate.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import org.parkgate.base.Money;
import org.parkgate.billing.InvoiceRow;

/** The columns of a list of invoices, the same on the Invoices page and in an owner's file. */
public final class InvoiceColumns {

    private InvoiceColumns() {
    }

    /** The plan, the period, when due, the amount, today's late fee, what is paid and what is owed. */
    public static void addTo(Grid<InvoiceRow> grid) {
        grid.addColumn(InvoiceRow::plan).setHeader(grid.getTranslation("passes.plan")).setAutoWidth(true);
        grid.addColumn(row -> row.periodStart() + " – " + row.periodEnd())
                .setHeader(grid.getTranslation("invoices.period")).setAutoWidth(true);
        grid.addColumn(row -> row.dueOn().toString()).setHeader(grid.getTranslation("invoices.due-on"));
        grid.addColumn(row -> Money.yuan(row.amount())).setHeader(grid.getTranslation("invoices.amount"));
        grid.addColumn(row -> Money.yuan(row.lateFee())).setHeader(grid.getTranslation("invoices.late-fee"));
        grid.addColumn(row -> Money.yuan(row.paid())).setHeader(grid.getTranslation("invoices.paid"));
        grid.addColumn(row -> Money.yuan(row.owed())).setHeader(grid.getTranslation("invoices.owed"));
    }
}
