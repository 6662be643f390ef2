package org.parkgate.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.parkgate.security.StaffUserService;
import org.springframework.stereotype.Component;

/** A user who must change their password can open nothing else until they have. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final StaffUserService users;
    private final AuthenticationContext authentication;

    PasswordChangeGuard(StaffUserService users, AuthenticationContext authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        authentication.getPrincipalName()
                .filter(users::mustChangePassword)
                .ifPresent(user -> event.rerouteTo(ChangePasswordView.class));
    }
}
