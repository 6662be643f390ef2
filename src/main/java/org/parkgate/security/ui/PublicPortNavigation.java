package org.parkgate.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.ServletRequest;
import org.parkgate.security.PublicPage;
import org.springframework.stereotype.Component;

/**
 * A UI opened on the public port shows only {@link PublicPage} views: Vaadin navigates on the
 * server, inside a request to the root, so the path filter alone cannot stop a navigation to the
 * login page or a staff view; such a navigation shows {@link NotOnPublicPortView} instead. UIs
 * opened on other ports are left alone.
 */
@Component
class PublicPortNavigation implements VaadinServiceInitListener {

    private final PublicPort port;

    PublicPortNavigation(PublicPort port) {
        this.port = port;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!port.on()) {
            return;
        }
        event.getSource().addUIInitListener(init -> {
            if (VaadinRequest.getCurrent() instanceof ServletRequest request && port.served(request)) {
                PublicUis.add(init.getUI());
                init.getUI().addBeforeEnterListener(PublicPortNavigation::onlyPublicPages);
            }
        });
    }

    private static void onlyPublicPages(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (!target.isAnnotationPresent(PublicPage.class) && !HasErrorParameter.class.isAssignableFrom(target)) {
            event.rerouteToError(new NotOnPublicPort(), "");
        }
    }
}
