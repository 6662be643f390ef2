package org.parkgate.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An absolute lifetime for staff sessions beside the idle time-out: an open tab's heartbeat keeps
 * a session from idling out for ever, so a session older than {@code maxLifetime} (from its
 * creation) ends and the next request goes to the sign-in page.
 */
final class SessionLifetime extends OncePerRequestFilter {

    private final Duration maxLifetime;

    SessionLifetime(Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > maxLifetime.toMillis()) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + WebSecurityConfig.LOGIN_PATH);
            return;
        }
        chain.doFilter(request, response);
    }
}
