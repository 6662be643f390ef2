package org.parkgate.security;

import java.util.Optional;

/**
 * What a client of the integration API may do; written {@code passages:read} and so on. Shown
 * translated as {@code api-clients.scope.<NAME>}.
 */
public enum ApiScope {
    PASSAGES_READ("passages:read"),
    PAYMENTS_READ("payments:read"),
    ARREARS_READ("arrears:read"),
    OWNERS_READ("owners:read"),
    OWNERS_WRITE("owners:write"),
    LANES_CONTROL("lanes:control"),
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String written;

    ApiScope(String written) {
        this.written = written;
    }

    /** As integrators write it. */
    public String written() {
        return written;
    }

    public static Optional<ApiScope> of(String written) {
        for (ApiScope scope : values()) {
            if (scope.written.equals(written)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
