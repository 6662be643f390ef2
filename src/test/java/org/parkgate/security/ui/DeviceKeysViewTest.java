package org.parkgate.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.security.DeviceKeys;
import org.parkgate.security.DeviceUse;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin makes a key for the simulator at one lane; the page lists its uses, lanes and last use. */
class DeviceKeysViewTest extends KaribuTest {

    static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    DeviceKeys keys;

    @Test
    void aKeyIsMadeForItsUsesAndLanesAndListedSo() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("device-keys");
        String name = "测试脚本 script " + RUN.incrementAndGet();
        _click(_get(Button.class, spec -> spec.withId("device-keys-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("device-key-name")), name);
        @SuppressWarnings("unchecked")
        CheckboxGroup<DeviceUse> uses = _get(CheckboxGroup.class, spec -> spec.withId("device-key-uses"));
        assertThat(uses.getValue()).as("a camera key unless chosen otherwise").containsExactly(DeviceUse.CAMERA);
        _setValue(uses, Set.of(DeviceUse.SIMULATOR));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> lanes = _get(MultiSelectComboBox.class, spec -> spec.withId("device-key-lanes"));
        assertThat(lanes.getListDataView().getItems()).as("the site's lanes").contains("in-1", "out-1");
        _setValue(lanes, Set.of("in-1"));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));

        String shown = _get(_get(Dialog.class, spec -> spec.withId("device-key-created")), Paragraph.class,
                spec -> spec.withPredicate(p -> p.getText().startsWith("pgk_"))).getText();
        assertThat(keys.find(shown)).satisfies(key -> {
            assertThat(key.name()).isEqualTo(name);
            assertThat(key.scope().admits(DeviceUse.SIMULATOR, "in-1")).isTrue();
            assertThat(key.scope().admits(DeviceUse.SIMULATOR, "out-1")).isFalse();
            assertThat(key.scope().admits(DeviceUse.CAMERA, "in-1")).isFalse();
        });

        @SuppressWarnings("unchecked")
        Grid<DeviceKeys.DeviceKey> grid = _get(Grid.class, spec -> spec.withId("device-keys-grid"));
        int row = GridKt._findAll(grid).stream().map(DeviceKeys.DeviceKey::name).toList().indexOf(name);
        assertThat(GridKt._getFormattedRow(grid, row)).contains(name, "Simulator", "in-1", "Never");
    }
}
