package org.parkgate.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.SecretShownOnce;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.security.DeviceKeyScope;
import org.parkgate.security.DeviceKeys;
import org.parkgate.security.DeviceUse;
import org.parkgate.security.Role;

/**
 * Keys for cameras and scripts: created for some uses and lanes (the key shown once), listed with
 * their last use, revoked. Admins only.
 */
@Route("device-keys")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 931, title = "menu.device-keys", icon = "vaadin:key")
final class DeviceKeysView extends VerticalLayout implements HasDynamicTitle {

    private final DeviceKeys keys;
    final Grid<DeviceKeys.DeviceKey> grid = new Grid<>();

    DeviceKeysView(DeviceKeys keys, Clock clock) {
        this.keys = keys;
        addClassName("parkgate-view");
        setSizeFull();
        var create = new Button(getTranslation("device-keys.new"), click -> create());
        create.setId("device-keys-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("device-keys-grid");
        grid.addColumn(DeviceKeys.DeviceKey::name).setHeader(getTranslation("device-keys.name"));
        grid.addColumn(key -> uses(key.scope())).setHeader(getTranslation("device-keys.uses"));
        grid.addColumn(key -> key.scope().allLanes() ? getTranslation("device-keys.all-lanes")
                : String.join(", ", key.scope().lanes())).setHeader(getTranslation("device-keys.lanes"));
        grid.addColumn(key -> key.lastUse() == null ? getTranslation("device-keys.never-used")
                : getTranslation("device-keys.last-use-at", DateTimes.format(key.lastUse().at(), clock),
                        key.lastUse().from()))
                .setHeader(getTranslation("device-keys.last-use")).setKey("last-use");
        grid.addColumn(DeviceKeys.DeviceKey::createdBy).setHeader(getTranslation("device-keys.created-by"));
        grid.addColumn(key -> DateTimes.format(key.createdAt(), clock)).setHeader(getTranslation("device-keys.created-at"));
        grid.addComponentColumn(key -> {
            if (key.configured()) {
                return new Paragraph(getTranslation("device-keys.configured"));
            }
            if (key.revokedAt() != null) {
                return new Paragraph(getTranslation("device-keys.revoked", DateTimes.format(key.revokedAt(), clock)));
            }
            var revoke = new Button(getTranslation("device-keys.revoke"), click -> Confirmation.ask(
                    Labels.of(this, "device-keys.revoke", key.name()),
                    getTranslation("device-keys.revoke.confirm", key.name()), getTranslation("device-keys.revoke"), () -> {
                        if (Notifications.attempt(this, () -> keys.revoke(key.id()))) {
                            refresh();
                        }
                    }));
            revoke.setId("device-key-revoke-" + key.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader(getTranslation("owners.actions")).setKey("actions");
        add(new Paragraph(getTranslation("device-keys.help")), create, grid);
        expand(grid);
        refresh();
    }

    private void create() {
        var name = new TextField(getTranslation("device-keys.name"));
        name.setId("device-key-name");
        var uses = new CheckboxGroup<DeviceUse>(getTranslation("device-keys.uses"));
        uses.setId("device-key-uses");
        uses.setItems(DeviceUse.values());
        uses.setItemLabelGenerator(use -> getTranslation("device-keys.use." + use.name()));
        uses.setValue(Set.of(DeviceUse.CAMERA));
        var lanes = new MultiSelectComboBox<String>(getTranslation("device-keys.lanes"));
        lanes.setId("device-key-lanes");
        lanes.setItems(keys.knownLanes());
        lanes.setHelperText(getTranslation("device-keys.lanes-help"));
        String[] created = new String[1];
        new FormDialog(getTranslation("device-keys.new"), new FormLayout(name, uses, lanes),
                () -> created[0] = keys.create(name.getValue(), uses.getValue(), lanes.getValue()), () -> {
                    refresh();
                    SecretShownOnce.open("device-key-created", name.getValue(),
                            getTranslation("device-keys.shown-once"), created[0]);
                }).open();
    }

    private String uses(DeviceKeyScope scope) {
        return String.join(", ", scope.uses().stream().sorted()
                .map(use -> getTranslation("device-keys.use." + use.name())).toList());
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device-keys.title");
    }
}
