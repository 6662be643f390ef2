package org.parkgate.security;

import java.util.Locale;
import java.util.Optional;
import org.parkgate.base.ui.LocalePreferences;
import org.springframework.stereotype.Component;

/**
 * Remembers each staff user's language on their user record. An owner signed in to the portal is
 * no staff user, whatever the name: their choice stays with their session.
 */
@Component
class StaffLocalePreferences implements LocalePreferences {

    private final StaffUserService users;

    StaffLocalePreferences(StaffUserService users) {
        this.users = users;
    }

    @Override
    public Optional<Locale> load(String username) {
        if (OwnerAccess.principal().isPresent()) {
            return Optional.empty();
        }
        return users.preferredLocale(username);
    }

    @Override
    public void save(String username, Locale locale) {
        if (OwnerAccess.principal().isEmpty()) {
            users.savePreferredLocale(username, locale);
        }
    }
}
