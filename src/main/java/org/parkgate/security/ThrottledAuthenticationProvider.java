package org.parkgate.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind two throttles: the client address ({@link ClientAddressThrottle}) and the
 * name ({@link LoginThrottle}). The attempt is counted before the password is checked; a locked
 * name or address is refused without its password even being looked at, so guessing during a lock
 * learns nothing, and the right password during a lock is refused too.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final ClientAddressThrottle addresses;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle,
            ClientAddressThrottle addresses) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        // sign-ins come over HTTP with the client's address; one without (not from the web) has no address limit
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        String from = address == null ? "unknown" : address;
        if (address != null && addresses.blocked(address)) {
            throw new LockedException("Too many failed attempts from this address");
        }
        if (!throttle.admit(username, from)) {
            throw new LockedException("Too many failed attempts");
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            if (address != null) {
                addresses.failed(address);
            }
            if (throttle.recordFailure(username, from)) {
                throw new LockedException("Too many failed attempts", wrong);
            }
            throw wrong;
        }
        if (!throttle.recordSuccess(username, from)) {
            throw new LockedException("Locked while signing in");
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
