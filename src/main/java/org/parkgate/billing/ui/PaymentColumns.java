package org.parkgate.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import java.time.Clock;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.billing.PaymentRow;

/** The columns of a list of payments, the same on the Payments page and in an owner's file. */
public final class PaymentColumns {

    private PaymentColumns() {
    }

    /** The receipt number and when the money came (local time). */
    public static void addReceiptTo(Grid<PaymentRow> grid, Clock clock) {
        grid.addColumn(PaymentRow::receiptNo).setHeader(grid.getTranslation("payments.receipt-no")).setAutoWidth(true);
        grid.addColumn(row -> DateTimes.format(row.receivedAt(), clock))
                .setHeader(grid.getTranslation("payments.received-at")).setAutoWidth(true);
    }

    /** How much, how, taken by whom, and whether it still stands. */
    public static void addMoneyTo(Grid<PaymentRow> grid) {
        grid.addColumn(row -> Money.yuan(row.amount())).setHeader(grid.getTranslation("payments.amount"));
        grid.addColumn(row -> grid.getTranslation("payment.method." + row.method().name()))
                .setHeader(grid.getTranslation("payments.method"));
        grid.addColumn(PaymentRow::receivedBy).setHeader(grid.getTranslation("payments.received-by"));
        grid.addColumn(row -> grid.getTranslation("payment.status." + row.status().name()))
                .setHeader(grid.getTranslation("payments.status"));
    }

    /** The payment's receipt, opened in a new tab to print. */
    public static Anchor receiptLink(PaymentRow row) {
        var receipt = receiptLink(row.id());
        receipt.setId("receipt-" + row.id());
        return receipt;
    }

    /** The receipt of payment {@code paymentId}, opened in a new tab to print. */
    public static Anchor receiptLink(long paymentId) {
        var receipt = new Anchor("receipts/" + paymentId, "");
        receipt.setText(receipt.getTranslation("payments.receipt"));
        receipt.setTarget(AnchorTarget.BLANK);
        return receipt;
    }
}
