package org.parkgate.owner.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.parkgate.security.OwnerAccess;
import org.springframework.stereotype.Component;

/**
 * An owner whose number belongs to several owner records chooses one before any other portal
 * page: until then every page but the account page forwards there. Runs before the page is made,
 * as the pages read the chosen record when they are made.
 */
@Component
class AccountChosenFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(AccountChosenFirst::check));
    }

    private static void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.getPackage().equals(AccountChosenFirst.class.getPackage()) && target != PortalAccountView.class
                && target != OwnerSignInView.class
                && OwnerAccess.principal().filter(owner -> owner.current() == null).isPresent()) {
            event.forwardTo(PortalAccountView.class);
        }
    }
}
