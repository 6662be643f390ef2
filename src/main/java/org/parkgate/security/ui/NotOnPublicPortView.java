package org.parkgate.security.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** What the public port shows instead of a view that is not public: that there is no such page (404). */
@AnonymousAllowed
final class NotOnPublicPortView extends Paragraph implements HasErrorParameter<NotOnPublicPort> {

    NotOnPublicPortView() {
        setId("public-not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotOnPublicPort> parameter) {
        setText(getTranslation("public.not-found"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
