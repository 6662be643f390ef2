package org.parkgate.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The security headers on every page Vaadin serves (its bootstrap page does not keep those Spring
 * Security writes for other responses): the content security policy, no sniffing, no referrer
 * (pay links carry their token in the URL) and no framing.
 */
@Component
class PageSecurityHeaders implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> apply(page.getVaadinResponse()));
    }

    static void apply(VaadinResponse response) {
        response.setHeader("Content-Security-Policy", WebSecurityConfig.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }
}
