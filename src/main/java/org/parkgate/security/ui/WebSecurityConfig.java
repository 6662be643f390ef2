package org.parkgate.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what over HTTP. Vaadin views state their roles with annotations and Vaadin's
 * access control enforces them; plain HTTP paths are listed here; everything else is denied
 * (the Vaadin configurer ends with {@code anyRequest().denyAll()}).
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

    static final String LOGIN_PATH = "/login";
    /** The owners' portal's sign-in route (owner.ui.OwnerSignInView). */
    static final String OWNER_SIGN_IN_PATH = "owner/sign-in";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            SessionRegistry sessions, @Value("${parkgate.security.session-max-lifetime}") Duration maxLifetime) {
        http.authenticationManager(authenticationManager);
        // every staff session is known, so a change to a user's access ends theirs at once (StaffSessions)
        http.sessionManagement(management -> management.maximumSessions(-1).sessionRegistry(sessions)
                .expiredUrl(LOGIN_PATH));
        http.addFilterBefore(new SessionLifetime(maxLifetime), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                // ParkGate's stylesheets: the login page (and later the pay page) are anonymous
                .requestMatchers("/parkgate/**").permitAll()
                // Monitoring: UP/DOWN per component; details only for admins (see application.yml)
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // the API's description and Swagger UI: for admins (off with parkgate.api.docs=false)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html").hasRole(Role.Names.ADMIN));
        // Vaadin first: its login page must be set before the form-login configurer initialises,
        // or Spring Security would serve its own generated login page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form.failureHandler(loginFailure()));
        // the owners' portal has its own sign-in: an owner's phone never sees the staff login
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/" + OWNER_SIGN_IN_PATH),
                PathPatternRequestMatcher.withDefaults().matcher("/owner/**")));
        http.addFilterBefore(new LoginCsrfCheck(), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // pay links carry their token in the URL: it must not leave in a Referer
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * What the pages may load: only ParkGate's own origin. Vaadin's client needs inline scripts and
     * {@code eval} (its bootstrap page and {@code executeJs}) and inline styles; no page may be framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Tells the login page whether the name is locked, so it can say how long to wait. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + LOGIN_PATH
                + (exception instanceof LockedException ? "?locked" : "?error"));
    }
}
