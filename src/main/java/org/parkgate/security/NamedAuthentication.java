package org.parkgate.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request signed in by a secret rather than a person: named as the audit trail shows it ({@code key:...}, {@code client:...}). */
abstract class NamedAuthentication extends AbstractAuthenticationToken {

    private final String name;

    NamedAuthentication(String name, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.name = name;
        setAuthenticated(true);
    }

    @Override
    public final Object getCredentials() {
        return "";
    }

    @Override
    public final Object getPrincipal() {
        return name;
    }
}
