package org.parkgate.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parkgate.base.api.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that signs an API request in by a secret it carries (a device key, a client secret):
 * an address that presented too many wrong secrets is answered 429 before any secret is looked
 * at, and each wrong one is counted and logged.
 */
abstract class WrongSecretsLimited extends OncePerRequestFilter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WrongSecretsLimited.class);

    private final ClientAddressThrottle failures;
    private final String tooMany;

    /** @param tooMany what a blocked address is told */
    WrongSecretsLimited(ClientAddressThrottle failures, String tooMany) {
        this.failures = failures;
        this.tooMany = tooMany;
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (failures.blocked(address)) {
            response.setHeader("Retry-After", String.valueOf(ClientAddressThrottle.WINDOW.toSeconds()));
            Problems.write(response, 429, tooMany);
            return;
        }
        if (signIn(request, response, address)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Signs the request in when it carries a valid secret (and calls {@link #wrong} for one that is
     * not); false when it answered the request itself.
     */
    abstract boolean signIn(HttpServletRequest request, HttpServletResponse response, String address)
            throws IOException;

    /** A wrong {@code what} from {@code address}: counted against the address and logged. */
    final void wrong(String what, String address, HttpServletRequest request) {
        failures.failed(address);
        log.warn("Wrong {} from {} for {} {}", what, address, request.getMethod(), request.getRequestURI());
    }
}
