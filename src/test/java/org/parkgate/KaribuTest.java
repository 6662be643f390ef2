package org.parkgate;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.parkgate.lane.AccessIndex;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base for UI tests: the whole application (demo profile, its own database) with Vaadin mocked by
 * Karibu, so views are driven like a user would, without a browser.
 */
@SpringBootTest
@ActiveProfiles("demo")
@Import(AppTestSupport.MovableClock.class)
// no made-up past: tests count the stays and payments they make (the forecast's tests make their own)
@TestPropertySource(properties = "parkgate.demo-history-days=0")
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestClock clock;

    /** Where the mock browser's requests come from; null: Karibu's own address. */
    private String clientAddress;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        AppTestSupport.useFreshDataDir(registry);
    }

    /**
     * Each test starts in the same world: the clock at its start, the fakes answering as at first,
     * and, when an earlier test moved the clock, the gate's index rebuilt for the test day (as the
     * nightly rebuild does for a new day), so no account is left as it stood on another day.
     */
    @BeforeEach
    void setUpVaadin() {
        if (clock.startNextTest()) {
            context.getBean(AccessIndex.class).rebuild();
        }
        FakeSmsGateway.get().reset();
        SecurityContextHolder.clearContext();
        clientAddress = null;
        setUpTab();
    }

    @AfterEach
    void tearDownVaadin() {
        tearDownTab();
        SecurityContextHolder.clearContext();
    }

    /** A new browser tab: a new UI in English unless the signed-in user chose otherwise. */
    protected void setUpTab() {
        // every mock request carries the signed-in user, as a real browser's requests would
        String address = clientAddress;
        MockVaadin.setMockRequestFactory(session -> {
            var request = address == null ? new FakeRequest(session) : new FakeRequest(session) {
                @Override
                public String getRemoteAddr() {
                    return address;
                }
            };
            applySignedInUser(request);
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            UI.getCurrent().setLocale(Locale.ENGLISH);
        }
    }

    protected void tearDownTab() {
        MockVaadin.tearDown();
    }

    /** Closes the tab and opens a new one (a new session) in a browser at {@code address}. */
    protected void openTabFrom(String address) {
        tearDownTab();
        clientAddress = address;
        setUpTab();
    }

    /** Signs in as {@code username} with these roles, as Spring Security and Vaadin both see it. */
    protected static void login(String username, Role... roles) {
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles)
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        var principal = new User(username, "unused", authorities);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        applySignedInUser((FakeRequest) VaadinServletRequest.getCurrent().getRequest());
    }

    /** Signs in as an owner in the portal, as a right code would ({@code OwnerSessions}). */
    protected static void loginOwner(org.parkgate.security.OwnerPrincipal owner) {
        var authorities = List.of(new SimpleGrantedAuthority(org.parkgate.security.OwnerSessions.AUTHORITY));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, authorities));
        applySignedInUser((FakeRequest) VaadinServletRequest.getCurrent().getRequest());
    }

    /** The page loaded again in the same tab's session (after a sign-in, say): a new UI as the user now signed in. */
    protected void reloadTab() {
        tearDownTab();
        setUpTab();
    }

    private static void applySignedInUser(FakeRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((user, role) -> authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Karibu's own discovery skips package-private classes, but ParkGate's views are package-private
     * (as Vaadin with Spring allows): find them the way Spring does.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        scanner.findCandidateComponents("org.parkgate").forEach(candidate -> views.add(
                (Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null)));
        // the error views too (a page that is not there, or not for this role), as the running app has them
        var errors = new ClassPathScanningCandidateComponentProvider(false);
        errors.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(
                com.vaadin.flow.router.HasErrorParameter.class));
        Set<Class<? extends com.vaadin.flow.router.HasErrorParameter<?>>> errorViews = new HashSet<>();
        errors.findCandidateComponents("org.parkgate").forEach(candidate -> errorViews.add(
                (Class<? extends com.vaadin.flow.router.HasErrorParameter<?>>) ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), null)));
        return new Routes(views, errorViews, true);
    }
}
