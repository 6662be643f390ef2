package org.parkgate.owner.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parkgate.base.ui.BrowserAddress;
import org.parkgate.owner.CodeRequest;
import org.parkgate.owner.OwnerSignIn;
import org.parkgate.owner.SignInAttempt;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.OwnerSessions;
import org.parkgate.reminder.SandboxTexts;
import org.parkgate.security.PublicPage;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Signing in to the owners' portal: the mobile number registered with the office, a code by SMS,
 * the code. Says the same whether or not the number is an owner's. In the demo the codes are on
 * the sandbox SMS gateway's page (README).
 */
@Route(value = OwnerSignInView.ROUTE, autoLayout = false)
@AnonymousAllowed
@PublicPage
final class OwnerSignInView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "owner/sign-in";

    private final OwnerSignIn signIn;
    final TextField mobile = new TextField();
    final TextField code = new TextField();
    final Button send = new Button();
    final Button enter = new Button();
    final Paragraph status = new Paragraph();

    OwnerSignInView(OwnerSignIn signIn, ObjectProvider<SandboxTexts> sandbox) {
        this.signIn = signIn;
        addClassNames("parkgate-pay", "parkgate-owner-sign-in");
        setMaxWidth("26em");
        mobile.setLabel(getTranslation("owner.sign-in.mobile"));
        mobile.setId("owner-mobile");
        mobile.setWidthFull();
        mobile.setMaxLength(32);
        mobile.setAllowedCharPattern("[0-9+ ()-]");
        mobile.getElement().setAttribute("inputmode", "tel");
        mobile.getElement().setAttribute("autocomplete", "tel");
        send.setText(getTranslation("owner.sign-in.send"));
        send.setId("owner-send-code");
        send.setWidthFull();
        send.addClickListener(click -> sendCode());
        code.setLabel(getTranslation("owner.sign-in.code"));
        code.setId("owner-code");
        code.setWidthFull();
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        enter.setText(getTranslation("owner.sign-in.enter"));
        enter.setId("owner-sign-in");
        enter.setWidthFull();
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.addClickListener(click -> signIn());
        status.setId("owner-sign-in-status");
        add(new H2(getTranslation("owner.sign-in.title")), new Paragraph(getTranslation("owner.sign-in.hint")),
                mobile, send, code, enter, status);
        if (sandbox.getIfAvailable() != null) {
            var demo = new Anchor("sandbox-sms", getTranslation("owner.sign-in.demo"));
            demo.setTarget("_blank");
            demo.setId("owner-sign-in-demo-phone");
            add(demo);
        }
    }

    private void sendCode() {
        CodeRequest answer = signIn.requestCode(mobile.getValue(), BrowserAddress.current());
        mobile.setInvalid(answer instanceof CodeRequest.NotAMobile);
        switch (answer) {
            case CodeRequest.Sent sent -> {
                status.setText(getTranslation("owner.sign-in.sent", sent.validFor().toMinutes()));
                code.focus();
            }
            case CodeRequest.TooSoon tooSoon -> status.setText(getTranslation("owner.sign-in.too-soon",
                    Math.max(1, (tooSoon.retryAfter().toSeconds() + 59) / 60)));
            case CodeRequest.NotAMobile notAMobile -> {
                mobile.setErrorMessage(getTranslation("owner.sign-in.not-a-mobile"));
                status.setText("");
            }
        }
    }

    private void signIn() {
        SignInAttempt attempt = signIn.signIn(mobile.getValue(), code.getValue(), BrowserAddress.current());
        switch (attempt) {
            case SignInAttempt.SignedIn signedIn -> {
                OwnerSessions.start(signedIn.owner(), VaadinServletRequest.getCurrent().getHttpServletRequest(),
                        VaadinServletResponse.getCurrent().getHttpServletResponse());
                // a new page, so that everything from now on runs as the owner
                UI.getCurrent().getPage().setLocation(signedIn.owner().current() == null ? PortalAccountView.ROUTE
                        : PortalHomeView.ROUTE);
            }
            case SignInAttempt.WrongCode wrong -> status.setText(getTranslation("owner.sign-in.wrong",
                    wrong.triesLeft()));
            case SignInAttempt.NoCode none -> status.setText(getTranslation("owner.sign-in.no-code"));
            case SignInAttempt.Malformed malformed -> status.setText(getTranslation("owner.sign-in.malformed"));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (OwnerAccess.principal().isPresent()) {
            event.forwardTo(PortalHomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.sign-in.title");
    }
}
