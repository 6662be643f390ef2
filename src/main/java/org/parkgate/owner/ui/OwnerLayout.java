package org.parkgate.owner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.Translations;
import org.parkgate.base.ui.UserLocale;
import org.parkgate.owner.OwnerPortal;
import org.parkgate.security.Role;

/**
 * The frame of the owners' portal, made for a phone: the owner's name and unit, a row of the
 * portal's pages, the other language and signing out. Nothing of the staff's menu.
 */
@RolesAllowed(Role.Names.OWNER)
final class OwnerLayout extends Div implements RouterLayout {

    private final Div content = new Div();
    private final Span title = new Span();

    OwnerLayout(OwnerPortal portal, UserLocale userLocale) {
        addClassName("parkgate-owner");
        var who = new Span(portal.signedInAs());
        who.setId("owner-who");
        who.addClassName("parkgate-owner-who");
        var language = new Button(otherLanguageName(), click -> getUI().ifPresent(ui -> userLocale.choose(ui,
                otherLanguage(ui.getLocale()))));
        language.setId("owner-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        var signOut = new Button(getTranslation("owner.sign-out"), click -> signOut(portal));
        signOut.setId("owner-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        var top = new HorizontalLayout(who, language, signOut);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.expand(who);
        var nav = new Nav(link("owner.nav.home", PortalHomeView.class), link("owner.nav.pay", PortalPayView.class),
                link("owner.nav.vehicles", PortalVehiclesView.class),
                link("owner.nav.visitors", PortalVisitorsView.class), link("owner.nav.passages", PortalPassagesView.class),
                link("owner.nav.messages", PortalMessagesView.class), link("owner.nav.spaces", PortalSpacesView.class), link("owner.nav.account", PortalAccountView.class));
        nav.setId("owner-nav");
        nav.addClassName("parkgate-owner-nav");
        title.addClassName("parkgate-owner-title");
        content.addClassName("parkgate-owner-content");
        add(top, nav, title, content);
    }

    private RouterLink link(String key, Class<? extends Component> view) {
        var link = new RouterLink(getTranslation(key), view);
        link.setId("owner-nav-" + key.substring(key.lastIndexOf('.') + 1));
        return link;
    }

    private static Locale otherLanguage(Locale now) {
        return Translations.supported(now).getLanguage().equals("zh") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private String otherLanguageName() {
        return getTranslation(otherLanguage(getLocale()), "language.name");
    }

    /** Ends the owner's session and goes back to signing in. */
    private void signOut(OwnerPortal portal) {
        portal.signedOut();
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().getSession().invalidate();
        ui.getPage().setLocation(OwnerSignInView.ROUTE);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
        title.setText(view instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }

    @Override
    public void removeRouterLayoutContent(@Nullable HasElement oldContent) {
        content.getElement().removeAllChildren();
    }
}
