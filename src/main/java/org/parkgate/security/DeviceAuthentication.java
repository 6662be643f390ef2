package org.parkgate.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request signed in by a device key: named {@code key:<name>} (so audit entries say which key),
 * with the key's scope for the lane and use checks of {@link ApiSecurity}.
 */
final class DeviceAuthentication extends NamedAuthentication {

    private final DeviceKeyScope scope;

    DeviceAuthentication(String keyName, DeviceKeyScope scope) {
        super("key:" + keyName, List.of(new SimpleGrantedAuthority("ROLE_" + ApiSecurity.DEVICE)));
        this.scope = scope;
    }

    DeviceKeyScope scope() {
        return scope;
    }
}
