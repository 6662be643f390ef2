package org.parkgate.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.Money;
import org.parkgate.billing.OwnerPageNotices;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PaymentOrder;
import org.parkgate.security.PublicPage;
import org.jspecify.annotations.Nullable;

/** An owner's own page from their personal link: their plates (masked), what they owe, pay it all. */
@Route(value = "pay-owner", autoLayout = false)
@AnonymousAllowed
@PublicPage
final class OwnerPayView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final OwnerPayLinks links;
    final Span owed = new Span();
    final Paragraph unavailable = new Paragraph();

    private final Clock clock;

    OwnerPayView(OwnerPayLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
        addClassName("parkgate-pay");
        setMaxWidth("26em");
        owed.setId("owner-owed");
        unavailable.setId("owner-pay-unavailable");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H2(getTranslation("pay.owner.heading")));
        OwnerPayLinks.OwnerBill bill = links.bill(token);
        if (bill == null) {
            owed.setText(getTranslation("pay.unknown"));
            add(owed);
            return;
        }
        var plates = new Span(String.join(", ", bill.maskedPlates()));
        plates.setId("owner-plates");
        owed.setText(bill.owed() == 0 ? getTranslation("pay.owner.nothing")
                : getTranslation("pay.owner.owed", Money.yuan(bill.owed())));
        add(plates, owed);
        for (OwnerPageNotices.Notice notice : bill.notices()) {
            add(noticeCard(notice));
        }
        OwnerPayLinks.RenewalOffer renewal = links.renewal(token);
        if (!links.online()) { // no provider configured: nothing to pay here, only where to pay
            if (bill.owed() > 0 || renewal != null) {
                var office = new Paragraph(getTranslation("pay.office"));
                office.setId("owner-pay-office");
                add(office);
            }
            return;
        }
        if (renewal != null) {
            var renew = new Button(getTranslation("pay.owner.renew", renewal.plan(), renewal.startsOn().toString(),
                    renewal.endsOn().toString(), Money.yuan(renewal.price())), click -> {
                go(links.orderRenewal(token));
            });
            renew.setId("owner-renew");
            renew.setWidthFull();
            add(renew);
        }
        if (bill.owed() > 0) {
            var payAll = new Button(getTranslation("pay.owner.pay-all"), click -> {
                go(links.orderAll(token));
            });
            payAll.setId("owner-pay-all");
            payAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            payAll.setWidthFull();
            add(payAll);
        }
    }

    private void go(@Nullable PaymentOrder order) {
        ToThePayPage.go(order, this, unavailable);
    }

    private Div noticeCard(OwnerPageNotices.Notice notice) {
        var title = new Span(notice.title());
        title.getStyle().set("font-weight", "600");
        var when = new Span(DateTimes.format(notice.at(), clock));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var card = new Div(title, new Paragraph(notice.text()), when);
        card.addClassName("parkgate-notice");
        card.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding-left", "var(--lumo-space-s)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pay.owner.heading");
    }
}
