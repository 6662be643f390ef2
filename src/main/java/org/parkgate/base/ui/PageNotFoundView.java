package org.parkgate.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees for an address that is no page, or a page their role may not open
 * (Vaadin says both the same way, so nobody learns which pages exist): in their language, inside
 * the menu, with the way back to their own start page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public final class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>,
        HasDynamicTitle {

    public PageNotFoundView() {
        addClassName("parkgate-view");
        var text = new Paragraph(getTranslation("page-not-found.text"));
        text.setId("page-not-found");
        add(text, new Anchor("", getTranslation("page-not-found.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page-not-found.title");
    }
}
