package org.parkgate.lane.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.parkgate.base.ui.Notifications;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.ScreenTexts;
import org.parkgate.security.Role;

/**
 * The words the lanes' LED screens show, per screen language: each text with what a screen would
 * show of it (made-up plate, amount or count), changed or set back to the default by managers.
 */
@Route("screen-texts")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 922.5, title = "menu.screen-texts", icon = "vaadin:text-label")
final class ScreenTextsView extends VerticalLayout implements HasDynamicTitle {

    private final ScreenTexts texts;
    final Select<Locale> language = new Select<>();
    final VerticalLayout rows = new VerticalLayout();

    ScreenTextsView(ScreenTexts texts) {
        this.texts = texts;
        addClassName("parkgate-view");
        language.setLabel(getTranslation("screen-texts.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("owners.language." + locale.toLanguageTag()));
        language.setValue(Translations.CHINESE);
        language.setId("screen-texts-language");
        language.addValueChangeListener(change -> refresh());
        rows.setPadding(false);
        add(new Paragraph(getTranslation("screen-texts.help", ScreenTexts.LINE_BYTES)), language, rows);
        refresh();
    }

    private void refresh() {
        rows.removeAll();
        Locale locale = language.getValue();
        ScreenTexts.EDITABLE.keySet().forEach(key -> rows.add(row(key, locale)));
    }

    private HorizontalLayout row(String key, Locale locale) {
        String id = key.substring("screen.".length());
        var text = new TextField(getTranslation("screen-texts." + id));
        text.setId("screen-text-" + id);
        text.setWidth("18em");
        String office = texts.changed(key, locale);
        text.setValue(texts.pattern(key, locale));
        var shown = new Span(getTranslation("screen-texts.shown", texts.sample(key, locale)));
        shown.setId("screen-text-shown-" + id);
        var state = new Span(getTranslation(office != null ? "screen-texts.changed" : "screen-texts.default"));
        var save = new Button(getTranslation("screen-texts.save"), click -> {
            if (Notifications.attempt(this, () -> texts.save(key, locale, text.getValue()))) {
                Notifications.success(getTranslation("screen-texts.saved"));
                refresh();
            }
        });
        save.setId("screen-text-save-" + id);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var reset = new Button(getTranslation("screen-texts.reset"), click -> {
            if (Notifications.attempt(this, () -> texts.reset(key, locale))) {
                refresh();
            }
        });
        reset.setId("screen-text-reset-" + id);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.setEnabled(office != null);
        var row = new HorizontalLayout(text, save, reset, shown, state);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.screen-texts");
    }
}
