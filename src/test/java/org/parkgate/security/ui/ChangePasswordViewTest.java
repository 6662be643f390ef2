package org.parkgate.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.security.NewStaffUser;
import org.parkgate.security.Role;
import org.parkgate.security.StaffUserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class ChangePasswordViewTest extends KaribuTest {

    @Autowired
    StaffUserService users;

    @Autowired
    AuthenticationManager authenticationManager;

    @Test
    void aUserWithATemporaryPasswordCanOpenNothingElseUntilItIsChanged() {
        login("admin", Role.ADMIN);
        users.create(new NewStaffUser("temp-user", "Temp User", "temporary-pw-1", java.util.Set.of(Role.GUARD)));

        login("temp-user", Role.GUARD);
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEqualTo("password");
        _get(Paragraph.class, spec -> spec.withId("must-change-notice"));

        fill("temporary-pw-1", "my-own-pass-1", "my-own-pass-2");
        assertThat(_get(PasswordField.class, spec -> spec.withId("password-repeat")).isInvalid()).isTrue();
        assertThat(users.mustChangePassword("temp-user")).isTrue();

        fill("wrong-current", "my-own-pass-1", "my-own-pass-1");
        NotificationsKt.expectNotifications("The current password is not correct.");
        assertThat(users.mustChangePassword("temp-user")).isTrue();

        fill("temporary-pw-1", "my-own-pass-1", "my-own-pass-1");
        NotificationsKt.expectNotifications("Your password has been changed.");
        assertThat(users.mustChangePassword("temp-user")).isFalse();
        assertThat(authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("temp-user", "my-own-pass-1")).isAuthenticated())
                .isTrue();

        UI.getCurrent().navigate("");
        assertThat(currentPath()).as("the guard's own start page now").isEqualTo("lanes");
        assertThat(_find(Paragraph.class, spec -> spec.withId("must-change-notice"))).isEmpty();
    }

    private static void fill(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("password-repeat")), repeat);
        _click(_get(Button.class, spec -> spec.withId("password-save")));
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
