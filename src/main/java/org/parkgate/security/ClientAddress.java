package org.parkgate.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client behind the current action: the HTTP request being served (as Tomcat
 * sees it after the reverse proxy's forwarded headers, when {@code server.forward-headers-strategy}
 * is set), else the address the signed-in user signed in from (a Vaadin push message has no
 * request of its own), else null (ParkGate acting by itself).
 */
public final class ClientAddress {

    /** What an audit entry holds at most. */
    static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    public static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return bounded(servlet.getRequest().getRemoteAddr());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails web) {
            return bounded(web.getRemoteAddress());
        }
        return null;
    }

    /** An address cut to what the tables hold. */
    static @Nullable String bounded(@Nullable String address) {
        return address == null || address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH);
    }
}
