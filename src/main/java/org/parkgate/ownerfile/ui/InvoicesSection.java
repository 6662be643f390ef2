package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.grid.Grid;
import org.parkgate.billing.InvoiceList;
import org.parkgate.billing.InvoiceRow;
import org.parkgate.billing.ui.InvoiceColumns;

/** Every invoice, newest period first, with today's late fee on those still open. */
class InvoicesSection extends Section {

    InvoicesSection(InvoiceList invoices, long ownerId) {
        super("owner-file-invoices-section", "owner-file.invoices");
        var grid = new Grid<InvoiceRow>();
        InvoiceColumns.addTo(grid);
        grid.addColumn(row -> getTranslation(row.settled() ? "invoices.status.SETTLED" : "invoices.status.OPEN"))
                .setHeader(getTranslation("payments.status"));
        grid.setItems(invoices.ofOwner(ownerId));
        add(listOf("owner-file-invoices", grid));
    }
}
