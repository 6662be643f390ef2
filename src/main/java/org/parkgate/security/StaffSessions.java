package org.parkgate.security;

import java.util.Locale;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every signed-in staff session, so that a change to a user's access takes effect at once: when
 * a user is disabled, their roles change or their password is reset, all their sessions end (the
 * next request of each goes to the sign-in page); when they change their own password, all but
 * the one they changed it in. After the change commits.
 */
@Configuration
public class StaffSessions {

    private final SessionRegistry registry = new SessionRegistryImpl();

    @Bean
    SessionRegistry staffSessionRegistry() {
        return registry;
    }

    /** Tells the registry when a session ends by itself (time-out, sign-out). */
    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> staffSessionEvents() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    @TransactionalEventListener
    void on(StaffAccessChanged changed) {
        String keep = changed.keepCurrentSession() && RequestContextHolder.getRequestAttributes() != null
                ? RequestContextHolder.getRequestAttributes().getSessionId() : null;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user
                    && user.getUsername().toLowerCase(Locale.ROOT).equals(changed.username().toLowerCase(Locale.ROOT))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                    }
                }
            }
        }
    }

    /** A user's access changed: their sessions end (all, or all but the current one). */
    record StaffAccessChanged(String username, boolean keepCurrentSession) {
    }
}
