package org.parkgate.security.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.Role;

/**
 * The address after sign-in: each role starts on the page of what it does first
 * ({@link Role#home()}); a user with several roles on that of the first in {@link Role#HOME_ORDER}.
 * Shows who is signed in only if no role has a home page.
 */
@Route("")
@PermitAll
final class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AuthenticationContext authentication;

    HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("parkgate-view");
        String name = authentication.getPrincipalName().orElse("");
        add(new H2(getTranslation("home.welcome", name)));
        String roles = authentication.getGrantedRoles().stream()
                .sorted()
                .map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(getTranslation("list.separator")));
        var rolesLine = new Paragraph(getTranslation("home.roles", roles));
        rolesLine.setId("home-roles");
        add(rolesLine, new Paragraph(getTranslation("home.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (OwnerAccess.principal().isPresent()) {
            event.forwardTo("owner"); // an owner's start is the portal's home
            return;
        }
        Role.homeOf(authentication.getGrantedRoles()).ifPresent(event::forwardTo);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
