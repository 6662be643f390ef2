package org.parkgate.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed in by a device key: named {@code key:<name>} (so audit entries say which key),
 * with the key's scope for the lane and use checks of {@link ApiSecurity}.
 */
final class DeviceAuthentication extends AbstractAuthenticationToken {

    private final String name;
    private final DeviceKeyScope scope;

    DeviceAuthentication(String keyName, DeviceKeyScope scope) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ApiSecurity.DEVICE)));
        this.name = "key:" + keyName;
        this.scope = scope;
        setAuthenticated(true);
    }

    DeviceKeyScope scope() {
        return scope;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return name;
    }
}
