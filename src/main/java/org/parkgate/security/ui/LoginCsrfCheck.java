package org.parkgate.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form's POST must carry the CSRF token of the page it came from (Vaadin's login form
 * sends the token its page holds), so another site cannot sign a browser in under the attacker's
 * name. Vaadin's security configurer exempts the login URL from Spring's CSRF check; this puts the
 * check back for exactly that request. A POST without a matching token goes back to the login
 * page as a failed attempt and reaches no password check.
 */
final class LoginCsrfCheck extends OncePerRequestFilter {

    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + WebSecurityConfig.LOGIN_PATH).equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CsrfToken expected = tokens.loadToken(request);
        String sent = expected == null ? null : masked.resolveCsrfTokenValue(request, expected);
        if (expected == null || sent == null || !MessageDigest.isEqual(
                expected.getToken().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            response.sendRedirect(request.getContextPath() + WebSecurityConfig.LOGIN_PATH + "?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
