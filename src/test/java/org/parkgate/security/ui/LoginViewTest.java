package org.parkgate.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.UserLocale;

class LoginViewTest extends KaribuTest {

    @Test
    void demoModeShowsTheDemoAccounts() {
        UI.getCurrent().navigate("login");
        assertThat(_get(Div.class, spec -> spec.withId("demo-hint")).getText())
                .isEqualTo("Demo mode: sign in as admin, manager, cashier or guard, each with the password demo.");
    }

    @Test
    void withoutTheDemoProfileThereIsNoHint() {
        var view = new LoginView(context.getBean(AuthenticationContext.class), context.getBean(UserLocale.class),
                false);
        UI.getCurrent().add(view);
        assertThat(_find(view, Div.class, spec -> spec.withId("demo-hint"))).isEmpty();
        assertThat(_find(view, LoginForm.class)).hasSize(1);
    }

    @Test
    void aLockedNameIsToldHowLongToWait() {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("After 5 failed attempts this user name is locked for 5 minutes. Wait, or ask an administrator to unlock it.");
    }
}
