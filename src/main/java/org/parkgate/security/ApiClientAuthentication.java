package org.parkgate.security;

import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request of the integration API signed in by a client's secret: named {@code client:<name>}
 * (so audit entries say which system acted), with the client's scopes as authorities
 * {@code SCOPE_passages:read} and so on.
 */
final class ApiClientAuthentication extends NamedAuthentication {

    private final long clientId;

    ApiClientAuthentication(long clientId, String clientName, Set<ApiScope> scopes) {
        super("client:" + clientName, scopes.stream()
                .map(scope -> new SimpleGrantedAuthority(ApiClients.AUTHORITY_PREFIX + scope.written())).toList());
        this.clientId = clientId;
    }

    long clientId() {
        return clientId;
    }
}
