package org.parkgate.lane.ui;

import java.time.Clock;
import org.parkgate.base.ui.BrowserAddress;
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

    /** The browser's address ({@link BrowserAddress}); no request (not from a browser) counts as one address, "unknown". */
    private static String clientAddress() {
        String address = BrowserAddress.current();
        return address == null ? "unknown" : address;
    }
}
