package org.parkgate.security;

import java.util.Locale;
import java.util.Optional;
import org.parkgate.base.ui.LocalePreferences;
import org.springframework.stereotype.Component;

/** Remembers each staff user's language on their user record. */
@Component
class StaffLocalePreferences implements LocalePreferences {

    private final StaffUserService users;

    StaffLocalePreferences(StaffUserService users) {
        this.users = users;
    }

    @Override
    public Optional<Locale> load(String username) {
        return users.preferredLocale(username);
    }

    @Override
    public void save(String username, Locale locale) {
        users.savePreferredLocale(username, locale);
    }
}
