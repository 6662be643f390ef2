package org.parkgate.owner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.Notifications;
import org.parkgate.owner.Conversation;
import org.parkgate.owner.OwnerMessages;
import org.parkgate.security.Role;
import org.parkgate.security.StaffUserService;

/** One owner's conversation in the office: read it (the owner sees it read), give it to a colleague, answer, close. */
@Route("inbox/:" + InboxConversationView.ID)
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER})
final class InboxConversationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "conversation";

    private final OwnerMessages messages;
    private final StaffUserService staff;
    private final Clock clock;
    private String title = "";
    private long conversationId;

    InboxConversationView(OwnerMessages messages, StaffUserService staff, Clock clock) {
        this.messages = messages;
        this.staff = staff;
        this.clock = clock;
        addClassName("parkgate-view");
        setMaxWidth("48em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conversationId = event.getRouteParameters().getLong(ID).orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        Conversation conversation;
        try {
            conversation = messages.conversation(conversationId);
        } catch (UserFacingException missing) {
            add(new Paragraph(getTranslation(missing.messageKey())));
            return;
        }
        title = conversation.subject();
        var about = new Span(conversation.ownerName() + (conversation.unit() == null ? "" : " · " + conversation.unit())
                + " · " + getTranslation("messages.category." + conversation.category().name()) + " · "
                + getTranslation("messages.status." + conversation.status().name()));
        about.setId("inbox-about");
        var assign = new ComboBox<String>(getTranslation("inbox.assigned"));
        assign.setItems(staff.colleagues());
        assign.setValue(conversation.assignedTo());
        assign.setId("inbox-assign");
        assign.addValueChangeListener(change -> messages.assign(conversationId, change.getValue()));
        var thread = new MessageThread(messages.open(conversationId), false, messages::photoForOffice, clock);
        var answer = new TextArea(getTranslation("inbox.answer"));
        answer.setId("inbox-answer-text");
        answer.setMaxLength(OwnerMessages.TEXT_LIMIT);
        answer.setWidthFull();
        var send = new Button(getTranslation("inbox.send"), click -> {
            if (Notifications.attempt(this, () -> messages.answer(conversationId, answer.getValue()))) {
                Notifications.success(getTranslation("inbox.answered"));
                show();
            }
        });
        send.setId("inbox-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button(getTranslation("inbox.close"), click -> {
            if (Notifications.attempt(this, () -> messages.close(conversationId))) {
                show();
            }
        });
        close.setId("inbox-close");
        close.setEnabled(conversation.status() != Conversation.Status.CLOSED);
        add(new RouterLink(getTranslation("inbox.back"), InboxView.class), about, assign, thread, answer,
                new HorizontalLayout(send, close));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
