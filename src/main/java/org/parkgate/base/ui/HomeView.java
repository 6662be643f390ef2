package org.parkgate.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The landing page after sign-in: who you are and in which roles. Every staff role may open it. */
@Route("")
@PermitAll
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
final class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication) {
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
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
