package org.parkgate.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.security.LoginLock;
import org.parkgate.security.LoginThrottle;
import org.parkgate.security.NewStaffUser;
import org.parkgate.security.Role;
import org.parkgate.security.StaffUserService;
import org.parkgate.security.StaffUserSummary;

/** Staff accounts and sign-in locks. Only admins. */
@Route("users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 930, title = "menu.users", icon = "vaadin:users")
final class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final StaffUserService users;
    private final LoginThrottle throttle;
    private final Clock clock;
    final Grid<StaffUserSummary> userGrid = new Grid<>();
    final Grid<LoginLock> lockGrid = new Grid<>();
    private Map<String, Instant> locks = Map.of();

    UsersView(StaffUserService users, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
        addClassName("parkgate-view");
        setSizeFull();

        var create = new Button(getTranslation("users.new"), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("users-new");

        userGrid.setId("users-grid");
        userGrid.setAllRowsVisible(true);
        userGrid.addColumn(StaffUserSummary::username).setHeader(getTranslation("users.username")).setSortable(true);
        userGrid.addColumn(StaffUserSummary::displayName).setHeader(getTranslation("users.display-name"));
        userGrid.addColumn(user -> RolesField.describe(this, user.roles())).setHeader(getTranslation("users.roles"));
        userGrid.addColumn(this::status).setHeader(getTranslation("users.status")).setKey("status");
        userGrid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true)
                .setKey("actions");

        lockGrid.setId("locks-grid");
        lockGrid.addColumn(LoginLock::username).setHeader(getTranslation("users.username"));
        lockGrid.addColumn(LoginLock::failedAttempts).setHeader(getTranslation("locks.failed-attempts"));
        lockGrid.addColumn(lock -> DateTimes.format(lock.lockedUntil(), clock))
                .setHeader(getTranslation("locks.locked-until"));
        lockGrid.addComponentColumn(lock -> new Button(getTranslation("locks.unlock"), click -> {
            throttle.unlock(lock.username());
            refresh();
        })).setHeader(getTranslation("users.actions"));
        lockGrid.setAllRowsVisible(true);
        lockGrid.setEmptyStateText(getTranslation("locks.none"));

        add(create, userGrid, new H3(getTranslation("locks.title")), lockGrid);
        refresh();
    }

    private String status(StaffUserSummary user) {
        String status = getTranslation(user.enabled() ? "users.status.enabled" : "users.status.disabled");
        if (user.mustChangePassword()) {
            status += getTranslation("list.separator") + getTranslation("users.status.must-change");
        }
        return Optional.ofNullable(locks.get(user.username()))
                .map(until -> getTranslation("users.status.locked", DateTimes.format(until, clock)))
                .map(locked -> user.enabled() ? locked : locked + getTranslation("list.separator")
                        + getTranslation("users.status.disabled"))
                .orElse(status);
    }

    private HorizontalLayout actions(StaffUserSummary user) {
        var roles = new Button(getTranslation("users.edit-roles"), click -> openRolesDialog(user));
        var reset = new Button(getTranslation("users.reset-password"), click -> openResetDialog(user));
        Runnable change = () -> run(() -> users.setEnabled(user.id(), !user.enabled()),
                user.enabled() ? "users.disabled" : "users.enabled", user.username());
        var toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                click -> {
                    if (user.enabled()) { // disabling ends their sessions at once: ask first
                        Confirmation.ask(Labels.of(this, "users.disable", user.username()),
                                getTranslation("users.disable.confirm", user.username()), getTranslation("users.disable"),
                                change);
                    } else {
                        change.run();
                    }
                });
        toggle.setId("toggle-" + user.username());
        roles.setId("roles-" + user.username());
        reset.setId("reset-" + user.username());
        for (Button button : new Button[] {roles, reset, toggle}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(roles, reset, toggle);
    }

    private void openCreateDialog() {
        var username = new TextField(getTranslation("users.username"));
        username.setId("new-username");
        var displayName = new TextField(getTranslation("users.display-name"));
        displayName.setId("new-display-name");
        var password = new PasswordField(getTranslation("users.initial-password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("users.initial-password.help"));
        var roles = new RolesField();
        var form = new FormLayout(username, displayName, password, roles);
        new FormDialog(getTranslation("users.new"), form,
                () -> users.create(new NewStaffUser(username.getValue(), displayName.getValue(), password.getValue(),
                        new HashSet<>(roles.getValue()))),
                () -> saved("users.created", username.getValue())).open();
    }

    private void openRolesDialog(StaffUserSummary user) {
        var roles = new RolesField();
        roles.setValue(user.roles());
        new FormDialog(getTranslation("users.edit-roles.title", user.username()), roles,
                () -> users.changeRoles(user.id(), new HashSet<>(roles.getValue())),
                () -> saved("users.roles-changed", user.username())).open();
    }

    private void openResetDialog(StaffUserSummary user) {
        var password = new PasswordField(getTranslation("users.temporary-password"));
        password.setId("reset-password");
        password.setHelperText(getTranslation("users.initial-password.help"));
        new FormDialog(getTranslation("users.reset-password.title", user.username()), password,
                () -> users.resetPassword(user.id(), password.getValue()),
                () -> saved("users.password-reset", user.username())).open();
    }

    private void run(Runnable action, String successKey, String username) {
        if (Notifications.attempt(this, action)) {
            saved(successKey, username);
        }
    }

    private void saved(String messageKey, String username) {
        Notifications.success(getTranslation(messageKey, username));
        refresh();
    }

    /** Locks are read once per refresh, for both grids, not once per user row. */
    private void refresh() {
        List<LoginLock> active = throttle.activeLocks();
        locks = active.stream().collect(Collectors.toMap(LoginLock::username, LoginLock::lockedUntil));
        lockGrid.setItems(active);
        userGrid.setItems(users.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
