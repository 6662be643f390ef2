package org.parkgate.lane.ui;

import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import org.parkgate.security.ClientAddressThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many plates one client address may look up on the anonymous {@code /pay-inside} page
 * ({@code parkgate.pay-inside.lookups-per-address} within five minutes): each look-up tells whether a
 * plate is inside, so a phone may try a few plates but nobody can sweep the lot.
 */
@Component
class PayInsideLookups {

    private final ClientAddressThrottle addresses;

    PayInsideLookups(Clock clock, @Value("${parkgate.pay-inside.lookups-per-address}") int perAddress) {
        this.addresses = new ClientAddressThrottle(clock, perAddress);
    }

    /** Counts a look-up from the browser of the current request; false when its address is over the limit. */
    boolean admit() {
        return addresses.admit(clientAddress());
    }

    /** Forgets an address's look-ups: its count starts again. */
    void forget(String address) {
        addresses.forget(address);
    }

    /**
     * The address of the request being handled. Vaadin's push is WEBSOCKET_XHR (the default of
     * {@code @Push}): a click reaches the server as an ordinary HTTP request, whose address Tomcat
     * (or Spring's filter) takes from X-Forwarded-For when {@code server.forward-headers-strategy}
     * is set behind the reverse proxy, so it is the phone's and not the proxy's. No request (not
     * from a browser) counts as one address, "unknown".
     */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
