package org.parkgate.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.security.Role;
import org.parkgate.security.StaffUserService;
import org.parkgate.security.StaffUserSummary;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {

    @Autowired
    StaffUserService users;

    @BeforeEach
    void openAsAdmin() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("users");
        NotificationsKt.clearNotifications();
    }

    @Test
    void adminCreatesAUserWhoMustChangeThePasswordAtFirstSignIn() {
        createUser("cashier-ann", "Ann Li", "first-pass-1", Role.CASHIER);

        StaffUserSummary ann = user("cashier-ann");
        assertThat(ann.roles()).containsExactly(Role.CASHIER);
        assertThat(ann.enabled()).isTrue();
        assertThat(ann.mustChangePassword()).isTrue();
        assertThat(gridUsernames()).contains("cashier-ann");
        NotificationsKt.expectNotifications("User cashier-ann created.");
    }

    @Test
    void aRefusedUserStaysInTheDialogAndNothingIsCreated() {
        createUser("shorty", "Short Password", "short", Role.GUARD);

        FormDialog dialog = _get(FormDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errorText()).isEqualTo("A password needs at least 12 characters.");
        assertThat(users.findAll()).extracting(StaffUserSummary::username).doesNotContain("shorty");
    }

    @Test
    void disablingAUserShowsItAndKeepsTheRecord() {
        createUser("guard-bo", "Bo Wang", "guard-pass-1", Role.GUARD);
        clickRowButton("guard-bo", "toggle");
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));

        assertThat(user("guard-bo").enabled()).isFalse();
        assertThat(statusOf("guard-bo")).contains("Disabled");
    }

    @Test
    void anAdminCannotDisableTheirOwnAccountNorTheLastAdminLoseTheRole() {
        clickRowButton("admin", "toggle");
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        NotificationsKt.expectNotifications("You cannot disable your own account; ask another administrator.");
        assertThat(user("admin").enabled()).isTrue();

        clickRowButton("admin", "roles");
        _setValue(_get(RolesField.class), Set.of(Role.MANAGER));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).startsWith("This is the last active administrator.");
        assertThat(user("admin").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aSecondAdminCanDisableTheFirstAfterConfirmingIt() {
        createUser("admin-two", "Second Admin", "admin-pass-2", Role.ADMIN);
        users.changeOwnPassword("admin-two", "admin-pass-2", "second-admins-own-pass"); // as at the first sign-in
        login("admin-two", Role.ADMIN);
        UI.getCurrent().navigate("users");
        clickRowButton("admin", "toggle");
        assertThat(_get(Dialog.class, spec -> spec.withId("confirm-dialog")).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("confirm-no")));
        assertThat(user("admin").enabled()).as("cancelled: nothing changed").isTrue();
        clickRowButton("admin", "toggle");
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        assertThat(user("admin").enabled()).isFalse();

        // put things back: admin enabled again (no question), then admin disables the second one
        clickRowButton("admin", "toggle");
        assertThat(user("admin").enabled()).isTrue();
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("users");
        clickRowButton("admin-two", "toggle");
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        assertThat(user("admin-two").enabled()).isFalse();
    }

    @Test
    void nonAdminsCannotCallStaffManagementEvenWithoutTheView() {
        login("manager", Role.MANAGER);
        org.assertj.core.api.Assertions.assertThatThrownBy(users::findAll)
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    private void createUser(String username, String name, String password, Role role) {
        _click(_get(Button.class, spec -> spec.withId("users-new")));
        _get(Dialog.class);
        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("new-display-name")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), password);
        _setValue(_get(RolesField.class), Set.of(role));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
    }

    /** Buttons live in grid cells, which Karibu renders on demand. */
    private void clickRowButton(String username, String action) {
        Grid<StaffUserSummary> grid = grid();
        int row = GridKt._findAll(grid).stream().map(StaffUserSummary::username).toList().indexOf(username);
        assertThat(row).as("row of " + username).isNotNegative();
        var cell = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(cell, Button.class, spec -> spec.withId(action + "-" + username)));
    }

    private StaffUserSummary user(String username) {
        return users.findAll().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<StaffUserSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    private List<String> gridUsernames() {
        Grid<StaffUserSummary> grid = grid();
        return GridKt._findAll(grid).stream().map(StaffUserSummary::username).toList();
    }

    private String statusOf(String username) {
        Grid<StaffUserSummary> grid = grid();
        List<StaffUserSummary> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).username().equals(username)) {
                return GridKt._getFormatted(grid, i, "status");
            }
        }
        throw new AssertionError("no row for " + username);
    }
}
