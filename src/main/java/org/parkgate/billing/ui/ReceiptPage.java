package org.parkgate.billing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.shared.Registration;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.UserFacingException;
import org.parkgate.billing.ReceiptPaper;
import org.parkgate.billing.ReceiptSheet;
import org.parkgate.billing.ReceiptSheets;

/**
 * A payment's receipt on a page of its own, without the menu, ready to print on the office's
 * receipt paper ({@code parkgate.receipts.paper} picks the print stylesheet) or to download as a
 * PDF. A voided or refunded payment says so in large letters. A guard opens only the receipts of
 * the cash they took at the booth, an owner in the portal only their own ({@code ReceiptSheets}).
 * Each route that shows receipts extends it with its own address and access.
 */
public abstract class ReceiptPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ReceiptSheets receipts;
    private String title = "";
    private @Nullable Registration paperStyle;

    protected ReceiptPage(ReceiptSheets receipts) {
        this.receipts = receipts;
        addClassNames("parkgate-receipt", "parkgate-receipt-paper");
        if (receipts.paper().roll()) {
            addClassName("parkgate-receipt-roll");
        }
    }

    @Override
    public final void setParameter(BeforeEvent event, Long paymentId) {
        removeAll();
        Locale locale = getLocale();
        ReceiptSheet sheet;
        try {
            sheet = receipts.sheet(paymentId, locale);
        } catch (UserFacingException missing) {
            add(new Paragraph(getTranslation(missing.messageKey())));
            return;
        }
        title = getTranslation("receipt.title") + " " + sheet.receiptNo();
        add(actions(paymentId, sheet.receiptNo(), locale));
        if (!sheet.company().isEmpty()) {
            add(withId(new H3(sheet.company()), "receipt-company"));
        }
        add(new H2(sheet.title()));
        if (sheet.stamp() != null) {
            var stamp = withId(new Div(sheet.stamp()), "receipt-stamp");
            stamp.addClassName("parkgate-receipt-stamp");
            add(stamp);
        }
        fields(sheet.parties());
        var items = withId(new Div(new Span(sheet.itemsTitle())), "receipt-items");
        items.addClassName("parkgate-receipt-items");
        for (int i = 0; i < sheet.items().size(); i++) {
            items.add(item(sheet.items().get(i), "receipt-item-" + i));
        }
        add(items);
        fields(sheet.totals());
    }

    /** Print and PDF, both left off the paper. */
    private HorizontalLayout actions(long paymentId, String receiptNo, Locale locale) {
        var actions = new HorizontalLayout(new PrintButton("receipt-print"));
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("parkgate-no-print");
        try {
            receipts.requirePdfFont();
            var pdf = new Anchor((DownloadEvent download) -> {
                download.setFileName("receipt-" + receiptNo + ".pdf");
                download.setContentType("application/pdf");
                try (OutputStream out = download.getOutputStream()) {
                    out.write(receipts.pdf(paymentId, locale));
                }
            }, getTranslation("receipt.pdf"));
            actions.add(withId(pdf, "receipt-pdf"));
        } catch (UserFacingException noFont) {
            actions.add(withId(new Span(getTranslation(noFont.messageKey(), noFont.arguments())), "receipt-no-pdf"));
        }
        return actions;
    }

    private void fields(List<ReceiptSheet.Field> fields) {
        for (ReceiptSheet.Field field : fields) {
            var label = new Span(field.label());
            label.addClassName("parkgate-receipt-label");
            add(new Paragraph(label, withId(new Span(field.value()), "receipt-" + field.name())));
        }
    }

    private static Div item(ReceiptSheet.Item item, String id) {
        var amount = withId(new Span(item.amount()), id + "-amount");
        amount.addClassName("parkgate-receipt-amount");
        var line = new Div(withId(new Span(item.what()), id + "-what"), amount);
        line.addClassName("parkgate-receipt-item-line");
        var block = withId(new Div(line, withId(new Div(item.period()), id + "-period"),
                withId(new Div(item.plates()), id + "-plates")), id);
        if (item.lateFee() != null) {
            block.add(withId(new Div(item.lateFee()), id + "-late-fee"));
        }
        block.addClassName("parkgate-receipt-item");
        return block;
    }

    private static <T extends com.vaadin.flow.component.Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    /** The print stylesheet of the office's paper, on this page only (it sets the printed page). */
    @Override
    protected void onAttach(AttachEvent event) {
        ReceiptPaper paper = receipts.paper();
        paperStyle = event.getUI().getPage()
                .addStyleSheet("parkgate/receipt-" + paper.name().toLowerCase(Locale.ROOT) + ".css");
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (paperStyle != null) {
            paperStyle.remove();
            paperStyle = null;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
