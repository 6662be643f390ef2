package org.parkgate.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A change to a user's access ends their open sessions at once, through the real security filter
 * chain: the next request of a session signed in before is sent to the sign-in page.
 */
class StaffSessionsTest extends KaribuTest {

    static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    StaffUserService users;
    @Autowired
    StaffUserDetailsService details;
    @Autowired
    SessionRegistry registry;

    @Test
    void disablingAUserEndsTheirSessions() throws Exception {
        assertEndsTheSession(id -> users.setEnabled(id, false));
    }

    @Test
    void changingRolesEndsTheirSessions() throws Exception {
        assertEndsTheSession(id -> users.changeRoles(id, Set.of(Role.GUARD)));
    }

    @Test
    void resettingThePasswordEndsTheirSessions() throws Exception {
        assertEndsTheSession(id -> users.resetPassword(id, "a-new-temporary-pw"));
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInEvenWhileItsTabKeepsItAlive() throws Exception {
        String name = "session-user-" + USERS.incrementAndGet();
        users.createDirectly(name, "Session User", "the-first-password", Set.of(Role.CASHIER), false);
        MockMvc browser = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpSession young = signedIn(name, System.currentTimeMillis() - java.time.Duration.ofHours(11).toMillis());
        browser.perform(get("/actuator/health").session(young)).andExpect(status().isOk());
        MockHttpSession old = signedIn(name, System.currentTimeMillis() - java.time.Duration.ofHours(13).toMillis());
        browser.perform(get("/actuator/health").session(old)).andExpect(redirectedUrl("/login"));
    }

    private void assertEndsTheSession(Consumer<Long> change) throws Exception {
        String name = "session-user-" + USERS.incrementAndGet();
        users.createDirectly(name, "Session User", "the-first-password", Set.of(Role.CASHIER), false);
        MockMvc browser = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpSession session = signedIn(name);
        browser.perform(get("/actuator/health").session(session)).andExpect(status().isOk());

        login("admin", Role.ADMIN);
        long id = users.findAll().stream().filter(user -> user.username().equals(name)).findFirst().orElseThrow().id();
        change.accept(id);

        browser.perform(get("/actuator/health").session(session)).andExpect(redirectedUrl("/login"));
    }

    /** A session as the sign-in leaves it: the user in its security context, known to the registry. */
    private MockHttpSession signedIn(String name) {
        return signedIn(name, System.currentTimeMillis());
    }

    private MockHttpSession signedIn(String name, long createdAt) {
        UserDetails user = details.loadUserByUsername(name);
        var session = new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return createdAt;
            }
        };
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        registry.registerNewSession(session.getId(), user);
        return session;
    }
}
