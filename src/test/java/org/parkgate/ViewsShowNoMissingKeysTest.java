package org.parkgate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parkgate.base.ui.Translations;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.registry.ui.OwnerLinks;
import org.parkgate.security.Role;

/**
 * Opens every view each role may open, in both languages, plus the dialogs its buttons open, and
 * fails when any text, label or property shows a missing translation ({@code !key!}).
 */
class ViewsShowNoMissingKeysTest extends KaribuTest {

    private static final Pattern MISSING = Pattern.compile("![a-z][a-zA-Z0-9-]*(\\.[a-zA-Z0-9-]+)+!");

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyViewOfEveryRoleIsFullyTranslated(Role role) {
        login(role.name().toLowerCase(Locale.ROOT), role);
        for (Locale locale : Translations.LOCALES) {
            UI.getCurrent().setLocale(locale);
            List<String> paths = new ArrayList<>(MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path).toList());
            paths.add("password");
            // the owner file, not in the menu: a demo owner with arrears, a pass, payments and notices
            paths.add(OwnerLinks.filePath(context.getBean(VehicleDirectory.class).ownersOf(List.of("京A10004"))
                    .get("京A10004")));
            assertThat(paths).isNotEmpty();
            for (String path : paths) {
                UI.getCurrent().navigate(path);
                assertNoMissingKey(role + " " + locale + " /" + path);
                for (Button button : _find(Button.class)) {
                    if (button.isEnabled() && button.isVisible() && button.getId().map(id -> id.endsWith("-new")
                            || id.startsWith("passes-") || id.startsWith("exemptions-request") || id.startsWith("roles-") || id.startsWith("reset-")
                            || id.startsWith("terms-edit-") || id.endsWith("-import")
                            || id.startsWith("template-preview") || id.equals("plate-lists-add"))
                            .orElse(false)) {
                        _click(button);
                        assertNoMissingKey(role + " " + locale + " /" + path + " dialog of " + button.getId().get());
                        UI.getCurrent().navigate(path);
                    }
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theLoginPageIsFullyTranslated() {
        for (Locale locale : Translations.LOCALES) {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));
            assertNoMissingKey("login " + locale);
            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
            assertNoMissingKey("login error " + locale);
        }
    }

    private static void assertNoMissingKey(String where) {
        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent(), texts);
        assertThat(texts).as("texts on " + where).isNotEmpty();
        assertThat(texts).as("missing translations on " + where)
                .noneMatch(text -> MISSING.matcher(text).find());
    }

    /** Texts, properties (labels, i18n objects) and attributes of every component on screen. */
    private static void collect(Component component, List<String> texts) {
        Element element = component.getElement();
        texts.add(element.getText());
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        if (component instanceof Grid.Column<?> column) {
            texts.add(String.valueOf(column.getHeaderText())); // lives in the header row, not the element
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }
}
