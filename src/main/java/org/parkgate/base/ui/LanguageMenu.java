package org.parkgate.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import java.util.Locale;

/** Adds one item per provided language; each language is named in itself ({@code language.name}). */
public final class LanguageMenu {

    private LanguageMenu() {
    }

    public static void addTo(SubMenu menu, Component owner, UserLocale userLocale) {
        for (Locale locale : Translations.LOCALES) {
            MenuItem item = menu.addItem(owner.getTranslation(locale, "language.name"),
                    click -> owner.getUI().ifPresent(ui -> userLocale.choose(ui, locale)));
            item.setId("language-" + locale.toLanguageTag());
            item.setCheckable(true);
            item.setChecked(owner.getUI().map(ui -> Translations.supported(ui.getLocale()).equals(locale)).orElse(false));
        }
    }
}
