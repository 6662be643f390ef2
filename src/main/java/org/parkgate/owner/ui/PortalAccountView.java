package org.parkgate.owner.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.owner.OwnerPortal;
import org.parkgate.registry.OwnerAccounts;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.OwnerSessions;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * The owner's account: which of the owner records registered with their number they act for
 * (chosen here first when there are several), and their personal pay link, which they can revoke
 * for a new one.
 */
@Route(value = PortalAccountView.ROUTE, layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalAccountView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "owner/account";

    private final OwnerPayLinks links;
    final Span link = new Span();

    PortalAccountView(OwnerPortal portal, OwnerPayLinks links) {
        this.links = links;
        setPadding(false);
        var accounts = portal.accounts();
        Long current = OwnerAccess.principal().map(OwnerPrincipal::current).orElse(null);
        if (accounts.size() > 1 || current == null) {
            add(new H3(getTranslation("owner.account.choose")),
                    new Paragraph(getTranslation("owner.account.choose.hint")));
            for (OwnerAccounts.Account account : accounts) {
                var choose = new Button(account.name() + (account.unit() == null ? "" : " · " + account.unit()),
                        click -> choose(account.ownerId()));
                choose.setId("portal-choose-" + account.ownerId());
                choose.setWidthFull();
                choose.setEnabled(current == null || current != account.ownerId());
                add(choose);
            }
        }
        if (current != null) {
            link.setId("portal-pay-link");
            link.getStyle().set("word-break", "break-all");
            link.setText(links.ownLink());
            var replace = new Button(getTranslation("owner.account.replace-link"), click -> Confirmation.ask(
                    getTranslation("owner.account.replace-link"), getTranslation("owner.account.replace-link.confirm"),
                    getTranslation("owner.account.replace-link"), () -> link.setText(links.replaceOwnLink())));
            replace.setId("portal-replace-link");
            add(new H3(getTranslation("owner.account.pay-link")),
                    new Paragraph(getTranslation("owner.account.pay-link.hint")), link, replace);
        }
    }

    private void choose(long ownerId) {
        OwnerSessions.choose(ownerId, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation(PortalHomeView.ROUTE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.account");
    }
}
