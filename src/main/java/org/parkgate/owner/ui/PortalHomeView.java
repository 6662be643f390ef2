package org.parkgate.owner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.billing.AccountBalance;
import org.parkgate.billing.OwnerPageNotices;
import org.parkgate.billing.PassPeriodRow;
import org.parkgate.owner.OwnerHome;
import org.parkgate.owner.OwnerPortal;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * The owner's home: what is owed today with its late fees, the next due date, the arrears stage and
 * what it means at the barrier, each pass's current period and plates, and recent notices.
 */
@Route(value = PortalHomeView.ROUTE, layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalHomeView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "owner";

    PortalHomeView(OwnerPortal portal, Clock clock) {
        setPadding(false);
        OwnerHome home = portal.home();
        var owed = new Span(home.owed() == 0 ? getTranslation("owner.home.nothing-owed")
                : getTranslation("owner.home.owed", Money.yuan(home.owed())));
        owed.setId("portal-owed");
        owed.addClassName("parkgate-pay-amount");
        add(owed);
        if (home.nextDue() != null) {
            add(withId(new Paragraph(getTranslation("owner.home.next-due", home.nextDue().toString())), "portal-next-due"));
        }
        for (AccountBalance.Item item : home.open()) {
            add(openInvoice(item));
        }
        if (home.owed() > 0) {
            var pay = new RouterLink(getTranslation("owner.home.pay"), PortalPayView.class);
            pay.setId("portal-home-pay");
            add(pay);
        }
        var stage = home.arrears().stage().name();
        add(new H3(getTranslation("owner.home.stage")),
                withId(new Paragraph(getTranslation("owner.stage." + stage)), "portal-stage"),
                withId(new Paragraph(getTranslation("owner.stage." + stage + ".at-barrier")), "portal-stage-barrier"));
        add(new H3(getTranslation("owner.home.passes")));
        if (home.passes().isEmpty()) {
            add(new Paragraph(getTranslation("owner.home.no-passes")));
        }
        for (PassPeriodRow pass : home.passes()) {
            add(card("portal-pass-" + pass.id(), pass.plan(),
                    getTranslation("owner.home.pass-period", pass.startsOn().toString(), pass.endsOn().toString()),
                    pass.plates()));
        }
        if (!home.notices().isEmpty()) {
            add(new H3(getTranslation("owner.home.notices")));
            int i = 0;
            for (OwnerPageNotices.Notice notice : home.notices()) {
                add(card("portal-notice-" + i++, notice.title(), notice.text(), DateTimes.format(notice.at(), clock)));
            }
        }
    }

    private Component openInvoice(AccountBalance.Item item) {
        var invoice = item.invoice();
        String lateFee = item.lateFee() == 0 ? "" : getTranslation("owner.home.late-fee", Money.yuan(item.lateFee()));
        return card("portal-invoice-" + invoice.id(), invoice.description() != null
                ? getTranslation("owner.home.visit", invoice.description())
                : getTranslation("owner.home.invoice", invoice.periodStart().toString(), invoice.periodEnd().toString()),
                getTranslation("owner.home.invoice-due", invoice.dueOn().toString(), Money.yuan(item.owed())), lateFee);
    }

    private static Div card(String id, String title, String... lines) {
        var heading = new Span(title);
        heading.addClassName("parkgate-owner-card-title");
        var card = new Div(heading);
        for (String line : lines) {
            if (!line.isEmpty()) {
                card.add(new Div(line));
            }
        }
        card.setId(id);
        card.addClassName("parkgate-owner-card");
        return card;
    }

    private static <T extends Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.home");
    }
}
