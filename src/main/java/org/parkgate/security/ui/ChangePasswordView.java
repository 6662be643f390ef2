package org.parkgate.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.security.Role;
import org.parkgate.base.ui.Notifications;
import org.parkgate.security.StaffUserService;

/**
 * Any signed-in user changes their own password here; users who must change it (first sign-in,
 * after a reset) are sent here before anything else.
 */
@Route("password")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
final class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();

    ChangePasswordView(StaffUserService users, AuthenticationContext authentication) {
        addClassName("parkgate-view");
        String username = authentication.getPrincipalName().orElseThrow();
        if (users.mustChangePassword(username)) {
            var notice = new Paragraph(getTranslation("password.must-change"));
            notice.setId("must-change-notice");
            add(notice);
        }
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        next.setLabel(getTranslation("password.new"));
        next.setId("password-new");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        var save = new Button(getTranslation("password.save"), click -> save(users, username));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        var form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        add(form, save);
    }

    private void save(StaffUserService users, String username) {
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("error.password.mismatch"));
            return;
        }
        repeat.setInvalid(false);
        if (Notifications.attempt(this, () -> users.changeOwnPassword(username, current.getValue(), next.getValue()))) {
            Notifications.success(getTranslation("password.changed"));
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
