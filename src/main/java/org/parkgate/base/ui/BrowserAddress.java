package org.parkgate.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;

/**
 * The address of the browser behind the click being handled, for limits per client address.
 * Vaadin's push is WEBSOCKET_XHR (the default of {@code @Push}): a click reaches the server as an
 * ordinary HTTP request, whose address Tomcat (or Spring's filter) takes from X-Forwarded-For when
 * {@code server.forward-headers-strategy} is set behind the reverse proxy, so it is the phone's and
 * not the proxy's.
 */
public final class BrowserAddress {

    private BrowserAddress() {
    }

    /** The address, or null outside a browser's request. */
    public static @Nullable String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
