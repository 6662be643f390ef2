package org.parkgate.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.Collection;
import java.util.stream.Collectors;
import org.parkgate.security.Role;

/** Role choice with translated names, and the one place that turns roles into text. */
final class RolesField extends CheckboxGroup<Role> {

    RolesField() {
        setLabel(getTranslation("users.roles"));
        setItems(Role.values());
        setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        setId("roles-field");
    }

    static String describe(Component owner, Collection<Role> roles) {
        return roles.stream()
                .sorted()
                .map(role -> owner.getTranslation("role." + role.name()))
                .collect(Collectors.joining(owner.getTranslation("list.separator")));
    }
}
