package org.parkgate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Picks the language of each new browser tab: the signed-in user's remembered choice, else the
 * choice made earlier in this session (e.g. on the login page), else what Vaadin matched from the
 * browser's Accept-Language against {@link Translations#LOCALES}.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    private static final String SESSION_CHOICE = UserLocale.class.getName() + ".choice";

    private final LocalePreferences preferences;

    UserLocale(LocalePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> resolve(init.getUI().getSession()).ifPresent(init.getUI()::setLocale));
    }

    private Optional<Locale> resolve(VaadinSession session) {
        Optional<Locale> remembered = signedInUser().flatMap(preferences::load);
        if (remembered.isPresent()) {
            return remembered.map(Translations::supported);
        }
        return Optional.ofNullable((Locale) session.getAttribute(SESSION_CHOICE));
    }

    /** Switches the current tab, the session and (when signed in) the user's preference. */
    public void choose(UI ui, Locale locale) {
        Locale supported = Translations.supported(locale);
        ui.getSession().setAttribute(SESSION_CHOICE, supported);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        signedInUser().ifPresent(user -> preferences.save(user, supported));
        // Components render their texts once; a reload renders everything in the new language.
        ui.getPage().reload();
    }

    private static Optional<String> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
