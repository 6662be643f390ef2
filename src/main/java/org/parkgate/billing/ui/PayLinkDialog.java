package org.parkgate.billing.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.parkgate.base.ui.Labels;
import org.parkgate.gate.QrCodes;

/** An owner's pay link as a QR code and as a link, to pay by phone at the counter or to send. */
final class PayLinkDialog extends Dialog {

    PayLinkDialog(String ownerName, String link, String helpKey) {
        var anchor = new Anchor(link, link);
        anchor.setId("payment-pay-link-url");
        add(new Paragraph(getTranslation(helpKey)), new Html("<div>" + QrCodes.svg(link, 200) + "</div>"), anchor);
        setId("pay-link-dialog");
        setHeaderTitle(Labels.of(this, "payments.pay-link", ownerName));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
