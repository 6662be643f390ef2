package org.parkgate.owner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.owner.AnswerChannel;
import org.parkgate.owner.Conversation;
import org.parkgate.owner.OwnerMessages;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/**
 * Writing to the office (feedback, a complaint, a question; a photo if it helps) and the
 * conversations so far, the latest first, with the office's answers not read yet; and how the
 * owner is told of an answer.
 */
@Route(value = "owner/messages", layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalMessagesView extends VerticalLayout implements HasDynamicTitle {

    private final OwnerMessages messages;
    private final Clock clock;
    final Select<Conversation.Category> category = new Select<>();
    final TextField subject = new TextField();
    final TextArea text = new TextArea();
    final PhotoField photo = new PhotoField();
    final Paragraph error = new Paragraph();
    private final Div list = new Div();

    PortalMessagesView(OwnerMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        setPadding(false);
        category.setLabel(getTranslation("messages.category"));
        category.setItems(Conversation.Category.values());
        category.setItemLabelGenerator(c -> getTranslation("messages.category." + c.name()));
        category.setValue(Conversation.Category.QUESTION);
        category.setId("portal-message-category");
        subject.setLabel(getTranslation("messages.subject"));
        subject.setId("portal-message-subject");
        subject.setMaxLength(OwnerMessages.SUBJECT_LIMIT);
        subject.setWidthFull();
        text.setLabel(getTranslation("messages.text"));
        text.setId("portal-message-text");
        text.setMaxLength(OwnerMessages.TEXT_LIMIT);
        text.setWidthFull();
        error.setId("portal-message-error");
        error.addClassName("parkgate-alarm");
        error.setVisible(false);
        var send = new Button(getTranslation("messages.send"), click -> send());
        send.setId("portal-message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        var tell = new RadioButtonGroup<AnswerChannel>(getTranslation("messages.tell"));
        tell.setItems(AnswerChannel.values());
        tell.setItemLabelGenerator(c -> getTranslation("messages.tell." + c.name()));
        tell.setValue(messages.answerChannel());
        tell.addValueChangeListener(change -> messages.tellMeBy(change.getValue()));
        tell.setId("portal-message-tell");
        list.setId("portal-conversations");
        add(new H3(getTranslation("messages.new")), category, subject, text, photo, error, send, tell,
                new H3(getTranslation("messages.conversations")), list);
        show();
    }

    private void show() {
        list.removeAll();
        var own = messages.own();
        if (own.isEmpty()) {
            list.add(new Paragraph(getTranslation("messages.none")));
        }
        for (Conversation conversation : own) {
            var link = new RouterLink(conversation.subject(), PortalConversationView.class,
                    new RouteParameters(PortalConversationView.ID, String.valueOf(conversation.id())));
            link.setId("portal-conversation-" + conversation.id());
            var card = new Div(link, new Div(getTranslation("messages.category." + conversation.category().name()) + " · "
                    + getTranslation("messages.status." + conversation.status().name()) + " · "
                    + DateTimes.format(conversation.lastAt(), clock)));
            if (conversation.unread() > 0) {
                var unread = new Span(getTranslation("messages.new-answers", conversation.unread()));
                unread.addClassName("parkgate-alarm");
                card.add(unread);
            }
            card.addClassName("parkgate-owner-card");
            list.add(card);
        }
    }

    private void send() {
        if (photo.refused()) {
            refuse(getTranslation("error.message.photo-replace"));
            return;
        }
        try {
            messages.start(category.getValue(), subject.getValue(), text.getValue(), photo.photo());
        } catch (UserFacingException refused) {
            refuse(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        error.setVisible(false);
        subject.clear();
        text.clear();
        photo.clear();
        com.vaadin.flow.component.notification.Notification.show(getTranslation("messages.sent"));
        show();
    }

    private void refuse(String why) {
        error.setText(why);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("owner.nav.messages");
    }
}
