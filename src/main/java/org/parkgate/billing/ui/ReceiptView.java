package org.parkgate.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.Money;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.PaymentStatus;
import org.parkgate.billing.Receipt;
import org.parkgate.security.Role;

/**
 * A payment's receipt on a page of its own, without the menu, ready to print. A voided or
 * refunded payment says so in large letters.
 */
@Route(value = "receipts", autoLayout = false)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
final class ReceiptView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PaymentService payments;
    private final Clock clock;
    private String title = "";

    ReceiptView(PaymentService payments, Clock clock) {
        this.payments = payments;
        this.clock = clock;
        addClassName("parkgate-receipt");
    }

    @Override
    public void setParameter(BeforeEvent event, Long paymentId) {
        removeAll();
        Receipt receipt;
        try {
            receipt = payments.receipt(paymentId);
        } catch (UserFacingException missing) {
            add(new Paragraph(getTranslation(missing.messageKey())));
            return;
        }
        title = getTranslation("receipt.title") + " " + receipt.receiptNo();
        var print = new PrintButton("receipt-print");
        add(print, new H2(getTranslation("receipt.heading")));
        if (receipt.status() != PaymentStatus.RECORDED) {
            var stamp = new Div(getTranslation("payment.status." + receipt.status().name()));
            stamp.setId("receipt-stamp");
            stamp.addClassName("parkgate-receipt-stamp");
            add(stamp);
        }
        add(line("receipt.number", receipt.receiptNo()),
                line("receipt.date", DateTimes.format(receipt.receivedAt(), clock)),
                line("receipt.payer", receipt.ownerName() + (receipt.unit() == null ? "" : " (" + receipt.unit() + ")")));
        var lines = new Grid<Receipt.Line>();
        lines.setId("receipt-lines");
        lines.setAllRowsVisible(true);
        lines.addColumn(line -> line.periodStart() + " – " + line.periodEnd()).setHeader(getTranslation("invoices.period"))
                .setAutoWidth(true);
        lines.addColumn(line -> Money.yuan(line.lateFee())).setHeader(getTranslation("receipt.late-fee-included"));
        lines.addColumn(line -> Money.yuan(line.amount())).setHeader(getTranslation("receipt.paid"));
        lines.setItems(receipt.lines());
        add(lines,
                line("receipt.total", Money.yuan(receipt.amount())),
                line("receipt.method", getTranslation("payment.method." + receipt.method().name())
                        + (receipt.reference() == null ? "" : " · " + receipt.reference())),
                line("receipt.cashier", receipt.receivedBy()));
    }

    private Paragraph line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("parkgate-receipt-label");
        var text = new Span(value);
        text.setId("receipt-" + labelKey.substring("receipt.".length()));
        return new Paragraph(label, text);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
