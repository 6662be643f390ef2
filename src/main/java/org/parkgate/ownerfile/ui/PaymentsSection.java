package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.ui.PaymentColumns;

/** Every payment, newest first, voided and refunded ones included, each with its receipt. */
class PaymentsSection extends Section {

    PaymentsSection(PaymentService payments, long ownerId, Clock clock) {
        super("owner-file-payments-section", "owner-file.payments");
        var grid = new Grid<PaymentRow>();
        PaymentColumns.addReceiptTo(grid, clock);
        PaymentColumns.addMoneyTo(grid);
        grid.addComponentColumn(PaymentColumns::receiptLink).setHeader(getTranslation("payments.receipt"))
                .setKey("receipt");
        grid.setItems(payments.paymentsOf(ownerId));
        add(listOf("owner-file-payments", grid));
    }
}
