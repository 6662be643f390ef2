package org.parkgate.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.reminder.SandboxTexts;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The demo's phone: the texts the stand-in SMS gateway received, newest first, so that whoever
 * tries the demo can read an owner's sign-in code. Open to anyone because the stand-in exists only
 * in the demo (production refuses to start with it); without it, the page says it is off.
 */
@Route(value = SandboxTextsView.ROUTE, autoLayout = false)
@AnonymousAllowed
final class SandboxTextsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "sandbox-sms";

    private final ObjectProvider<SandboxTexts> sandbox;
    private final Clock clock;
    private final Div list = new Div();

    SandboxTextsView(ObjectProvider<SandboxTexts> sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
        addClassName("parkgate-pay");
        setMaxWidth("34em");
        list.setId("sandbox-texts");
        var refresh = new Button(getTranslation("sandbox-sms.refresh"), click -> show());
        refresh.setId("sandbox-texts-refresh");
        add(new H2(getTranslation("sandbox-sms.title")), new Paragraph(getTranslation("sandbox-sms.hint")), refresh, list);
        show();
    }

    private void show() {
        list.removeAll();
        SandboxTexts texts = sandbox.getIfAvailable();
        if (texts == null) {
            list.add(new Paragraph(getTranslation("sandbox-sms.off")));
            return;
        }
        var received = texts.received();
        if (received.isEmpty()) {
            list.add(new Paragraph(getTranslation("sandbox-sms.none")));
        }
        for (SandboxTexts.Text text : received) {
            var to = new Span(text.phone() + " · " + DateTimes.format(text.receivedAt(), clock));
            to.addClassName("parkgate-owner-card-title");
            var card = new Div(to, new Div(text.content()));
            card.addClassName("parkgate-owner-card");
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sandbox-sms.title");
    }
}
