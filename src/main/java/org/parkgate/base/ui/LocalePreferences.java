package org.parkgate.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a signed-in user's chosen language is remembered. Implemented by the security feature,
 * which owns the users; the shell only asks and tells.
 */
public interface LocalePreferences {

    /** The language this user chose last, if any. */
    Optional<Locale> load(String username);

    /** Remembers the user's choice for their next sign-in, on any browser. */
    void save(String username, Locale locale);
}
