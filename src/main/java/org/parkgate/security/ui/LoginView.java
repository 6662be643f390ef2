package org.parkgate.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.parkgate.base.ui.LanguageMenu;
import org.parkgate.base.ui.UserLocale;
import org.parkgate.security.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;

/**
 * Sign-in for staff. Says whether the password was wrong or the name is locked; in demo mode it
 * shows the demo accounts. Anyone may open it.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, UserLocale userLocale,
            @Value("${parkgate.demo:false}") boolean demo) {
        this.authentication = authentication;
        addClassName("parkgate-login");
        setSizeFull();

        var languages = new MenuBar();
        languages.setId("login-language");
        languages.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        // shows the current language by its own name, so a reader of the other one finds the switch
        var language = languages.addItem(new Span(VaadinIcon.GLOBE.create(), new Span(getTranslation("language.name"))));
        LanguageMenu.addTo(language.getSubMenu(), this, userLocale);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        add(languages, form);

        if (demo) {
            var hint = new Div(getTranslation("login.demo-hint"));
            hint.addClassName("parkgate-demo-hint");
            hint.setId("demo-hint");
            add(hint);
        }
    }

    private LoginI18n texts() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (forOwnersPortal(event)) {
            // Vaadin sends whoever may not open a page here; for the owners' portal that is its own sign-in
            event.forwardTo(WebSecurityConfig.OWNER_SIGN_IN_PATH);
            return;
        }
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                    LoginThrottle.MAX_FAILURES, LoginThrottle.LOCK_DURATION.toMinutes()));
            form.setI18n(i18n);
            form.setError(true);
        } else {
            form.setError(parameters.containsKey("error"));
        }
    }

    /** Whether Vaadin sent a signed-out user here from a page of the owners' portal (it keeps where they were going). */
    private static boolean forOwnersPortal(BeforeEnterEvent event) {
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        Object wanted = session == null ? null : session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        boolean owners = "owner".equals(event.getLocation().getFirstSegment())
                || wanted instanceof String path && (path.equals("owner") || path.startsWith("owner/"));
        if (owners && session != null) {
            session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        }
        return owners;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
