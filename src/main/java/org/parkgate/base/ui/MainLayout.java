package org.parkgate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The frame around every signed-in view: side navigation built from {@code @Menu} entries (Vaadin
 * lists only those the signed-in roles may open; titles are translation keys), the page title, and
 * the user menu with language, password and sign-out.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** Route of the change-password view, owned by the security feature. */
    static final String PASSWORD_ROUTE = "password";
    /** The role of owners signed in to the portal (security's {@code Role.Names.OWNER}; base knows no feature). */
    static final String OWNER_ROLE = "OWNER";

    private final H1 viewTitle = new H1();

    MainLayout(AuthenticationContext authentication, UserLocale userLocale) {
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("parkgate-view-title");
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        addToNavbar(new DrawerToggle(), viewTitle);

        var appName = new Span(getTranslation("app.name"));
        appName.addClassName("parkgate-app-name");
        // an owner sees this frame only around "no such page": no staff menu, the way back to the portal
        var footer = new Div(authentication.hasRole(OWNER_ROLE) ? new Anchor("owner", getTranslation("owner.nav.back"))
                : userMenu(authentication, userLocale));
        footer.addClassName("parkgate-drawer-footer");
        addToDrawer(appName, new Scroller(sideNav()), footer);
    }

    /** The entries the user may open, under their task's group ({@link MenuGroup}); empty groups are left out. */
    private SideNav sideNav() {
        var nav = new SideNav();
        nav.setId("main-nav");
        Map<MenuGroup, SideNavItem> groups = new EnumMap<>(MenuGroup.class);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            MenuGroup group = entry.order() == null ? null : MenuGroup.of(entry.order());
            if (group == null) {
                nav.addItem(item);
            } else {
                groups.computeIfAbsent(group, this::groupItem).addItem(item);
            }
        }
        groups.values().forEach(nav::addItem);
        return nav;
    }

    private SideNavItem groupItem(MenuGroup group) {
        var item = new SideNavItem(getTranslation("menu.group." + group.name()));
        item.setId("menu-group-" + group.name().toLowerCase(Locale.ROOT));
        item.setExpanded(true);
        return item;
    }

    private Component userMenu(AuthenticationContext authentication, UserLocale userLocale) {
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = authentication.getPrincipalName().orElse("");
        var root = menu.addItem(new Span(VaadinIcon.USER.create(), new Span(" " + name)));
        var language = root.getSubMenu().addItem(getTranslation("user-menu.language"));
        language.setId("user-menu-language");
        LanguageMenu.addTo(language.getSubMenu(), this, userLocale);
        root.getSubMenu().addItem(getTranslation("user-menu.change-password"),
                click -> getUI().ifPresent(ui -> ui.navigate(PASSWORD_ROUTE)));
        var signOut = root.getSubMenu().addItem(getTranslation("user-menu.sign-out"), click -> authentication.logout());
        signOut.setId("user-menu-sign-out");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
