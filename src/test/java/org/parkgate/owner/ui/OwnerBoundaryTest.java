package org.parkgate.owner.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.PageNotFoundView;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.OwnerSessions;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Owners and staff are kept apart, route by route: an owner signed in to the portal opens no staff
 * page (each one says "no such page", as for a page that is not there) and no API beyond what
 * anyone may call; no staff member, whatever the role, opens a page of the portal.
 */
class OwnerBoundaryTest extends KaribuTest {

    @Autowired
    RegistryService registry;

    /** Every route with a value for each parameter, by the view it shows. */
    private static Map<String, Class<? extends Component>> routes() {
        Map<String, Class<? extends Component>> routes = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String path = Arrays.stream(route.getTemplate().split("/"))
                    .map(segment -> segment.startsWith(":") ? "1" : segment)
                    .reduce((a, b) -> a + "/" + b).orElse("");
            routes.put(path, route.getNavigationTarget());
        }
        return routes;
    }

    private static boolean ownersOnly(Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.equals(roles.value(), new String[] {Role.Names.OWNER});
    }

    private static Class<?> shown() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
    }

    @Test
    void anOwnerOpensNoStaffPage() {
        login("cashier", Role.CASHIER);
        long owner = registry.createOwner(new NewOwner("边界业主", "13900190001", "BOUNDARY-1"));
        SecurityContextHolder.clearContext();
        loginOwner(new OwnerPrincipal("13900190001", List.of(owner), null));
        List<String> opened = new ArrayList<>();
        int staffPages = 0;

        for (var route : routes().entrySet()) {
            Class<?> view = route.getValue();
            if (ownersOnly(view) || view.isAnnotationPresent(AnonymousAllowed.class)) {
                continue;
            }
            staffPages++;
            UI.getCurrent().navigate(route.getKey());
            Class<?> shown = shown();
            boolean refused = shown == PageNotFoundView.class
                    || route.getKey().isEmpty() && shown == PortalHomeView.class; // the start page forwards owners home
            if (!refused) {
                opened.add(route.getKey() + " showed " + shown.getSimpleName());
            }
        }
        assertThat(staffPages).as("staff pages tried").isGreaterThan(30);
        assertThat(opened).isEmpty();
    }

    @Test
    void noStaffRoleOpensAPageOfThePortal() {
        List<String> opened = new ArrayList<>();
        int portalPages = 0;
        for (Role role : Role.values()) {
            login(role.name().toLowerCase(), role);
            for (var route : routes().entrySet()) {
                if (!ownersOnly(route.getValue())) {
                    continue;
                }
                portalPages++;
                UI.getCurrent().navigate(route.getKey());
                if (shown() != PageNotFoundView.class) {
                    opened.add(role + " opened " + route.getKey() + ": " + shown().getSimpleName());
                }
            }
        }
        assertThat(portalPages).as("portal pages tried, per role").isGreaterThanOrEqualTo(4 * Role.values().length);
        assertThat(opened).isEmpty();
    }

    @Test
    void anOwnersSessionCallsNoApiThatAStrangerCouldNot() throws Exception {
        MockMvc browser = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var session = new MockHttpSession();
        var owner = new OwnerPrincipal("13900190002", List.of(1L), null);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(owner, null,
                        List.of(new SimpleGrantedAuthority(OwnerSessions.AUTHORITY)))));
        List<String> differences = new ArrayList<>();
        int endpoints = 0;
        var mappings = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                var methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of(HttpMethod.GET)
                        : info.getMethodsCondition().getMethods().stream().map(m -> HttpMethod.valueOf(m.name())).toList();
                for (HttpMethod method : methods) {
                    endpoints++;
                    int stranger = browser.perform(request(method, path).with(r -> {
                        r.setRemoteAddr("10.19.0.1");
                        return r;
                    })).andReturn().getResponse().getStatus();
                    int asOwner = browser.perform(request(method, path).session(session).with(r -> {
                        r.setRemoteAddr("10.19.0.1");
                        return r;
                    })).andReturn().getResponse().getStatus();
                    if (asOwner != stranger && !(isRefused(asOwner) && isRefused(stranger))) {
                        differences.add(method + " " + path + ": stranger " + stranger + ", owner " + asOwner);
                    }
                }
            }
        }
        assertThat(endpoints).as("endpoints tried").isGreaterThan(10);
        assertThat(differences).isEmpty();
    }

    private static boolean isRefused(int status) {
        return status == 401 || status == 403 || status == 302;
    }
}
