package org.parkgate.owner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.billing.AutoPay;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PaymentOrder;
import org.parkgate.billing.PaymentRow;
import org.parkgate.billing.PaymentStatus;
import org.parkgate.billing.ui.ToThePayPage;
import org.parkgate.owner.OwnerPortal;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * Paying from the portal: everything owed today, or the next period of the latest pass when nothing
 * is owed, through the office's payment providers; and the receipt of every payment.
 */
@Route(value = "owner/pay", layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalPayView extends VerticalLayout implements HasDynamicTitle {

    private final OwnerPayLinks links;
    final Paragraph unavailable = new Paragraph();

    PortalPayView(OwnerPayLinks links, OwnerPortal portal, AutoPay autoPay, Clock clock) {
        this.links = links;
        setPadding(false);
        unavailable.setId("portal-pay-unavailable");
        var home = portal.home();
        long owed = home.owed();
        var amount = new Span(owed == 0 ? getTranslation("owner.home.nothing-owed")
                : getTranslation("owner.home.owed", Money.yuan(owed)));
        amount.setId("portal-pay-owed");
        amount.addClassName("parkgate-pay-amount");
        add(amount);
        OwnerPayLinks.RenewalOffer renewal = links.ownRenewal();
        if (!links.online()) {
            if (owed > 0 || renewal != null) {
                add(withId(new Paragraph(getTranslation("pay.office")), "portal-pay-office"));
            }
        } else {
            var open = home.open();
            if (open.size() > 1) { // one of them, with those due before it (money pays the oldest first)
                long through = 0;
                for (var item : open.subList(0, open.size() - 1)) {
                    through += item.owed();
                    long invoice = item.invoice().id();
                    var payThrough = new Button(getTranslation("owner.pay.through", item.invoice().periodStart().toString(),
                            item.invoice().periodEnd().toString(), Money.yuan(through)),
                            click -> go(links.orderOwnThrough(invoice)));
                    payThrough.setId("portal-pay-through-" + invoice);
                    payThrough.setWidthFull();
                    add(payThrough);
                }
            }
            if (owed > 0) {
                var payAll = new Button(getTranslation("pay.owner.pay-all"), click -> go(links.orderOwnAll()));
                payAll.setId("portal-pay-all");
                payAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                payAll.setWidthFull();
                add(payAll);
            }
            if (renewal != null) {
                var renew = new Button(getTranslation("pay.owner.renew", renewal.plan(), renewal.startsOn().toString(),
                        renewal.endsOn().toString(), Money.yuan(renewal.price())), click -> go(links.orderOwnRenewal()));
                renew.setId("portal-renew");
                renew.setWidthFull();
                add(renew);
            }
        }
        add(new AutoPaySection(autoPay), new H3(getTranslation("owner.pay.receipts")));
        var list = new Div();
        list.setId("portal-receipts");
        var payments = portal.payments();
        if (payments.isEmpty()) {
            list.add(new Paragraph(getTranslation("owner.pay.no-payments")));
        }
        for (PaymentRow payment : payments) {
            var line = new Div(new Span(DateTimes.format(payment.receivedAt(), clock) + " · " + Money.yuan(payment.amount())
                    + " · " + getTranslation("payment.method." + payment.method().name())
                    + (payment.status() == PaymentStatus.RECORDED ? ""
                            : " · " + getTranslation("payment.status." + payment.status().name()))));
            var receipt = new Anchor(PortalReceiptView.ROUTE + "/" + payment.id(),
                    getTranslation("owner.pay.receipt", payment.receiptNo()));
            receipt.setId("portal-receipt-" + payment.id());
            line.add(new Div(receipt));
            line.addClassName("parkgate-owner-card");
            list.add(line);
        }
        add(list);
    }

    private void go(@Nullable PaymentOrder order) {
        ToThePayPage.go(order, this, unavailable);
    }

    private static <T extends com.vaadin.flow.component.Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.pay");
    }
}
