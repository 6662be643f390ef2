package org.parkgate.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every visible string comes from {@code vaadin-i18n/translations_zh_CN.properties} or
 * {@code translations_en.properties}. A key missing from a file is shown as {@code !key!} (and
 * logged), so a test walking the views can see it.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** First is the fallback for browsers that ask for neither language. */
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(supported(locale));
        if (!bundle.containsKey(key)) {
            log.warn("Missing translation '{}' for {}", key, bundle.getLocale());
            return missing(key);
        }
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    /** How a missing key is displayed. */
    public static String missing(String key) {
        return "!" + key + "!";
    }

    /** The provided locale closest to the one asked for: same language, else the fallback. */
    public static Locale supported(Locale locale) {
        for (Locale candidate : LOCALES) {
            if (candidate.equals(locale)) {
                return candidate;
            }
        }
        for (Locale candidate : LOCALES) {
            if (candidate.getLanguage().equals(locale.getLanguage())) {
                return candidate;
            }
        }
        return LOCALES.getFirst();
    }

    static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No translation file for " + locale, e);
        }
    }
}
