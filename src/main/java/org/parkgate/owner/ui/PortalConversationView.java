package org.parkgate.owner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.parkgate.base.UserFacingException;
import org.parkgate.owner.Conversation;
import org.parkgate.owner.OwnerMessages;
import org.parkgate.security.PublicPage;
import org.parkgate.security.Role;

/** One of the owner's conversations: the messages (the office's now read), and writing again. */
@Route(value = "owner/messages/:" + PortalConversationView.ID, layout = OwnerLayout.class)
@RolesAllowed(Role.Names.OWNER)
@PublicPage
final class PortalConversationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ID = "conversation";

    private final OwnerMessages messages;
    private final Clock clock;
    private String title = "";
    private long conversationId;

    PortalConversationView(OwnerMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            conversationId = event.getRouteParameters().getLong(ID).orElse(-1L);
            Conversation conversation = messages.ownConversation(conversationId);
            title = conversation.subject();
            show();
        } catch (UserFacingException missing) {
            add(new Paragraph(getTranslation(missing.messageKey())));
        }
    }

    private void show() {
        removeAll();
        var thread = new MessageThread(messages.openOwn(conversationId), true, messages::ownPhoto, clock);
        var text = new TextArea(getTranslation("messages.reply"));
        text.setId("portal-reply-text");
        text.setMaxLength(OwnerMessages.TEXT_LIMIT);
        text.setWidthFull();
        var photo = new PhotoField();
        var error = new Paragraph();
        error.setId("portal-reply-error");
        error.addClassName("parkgate-alarm");
        var send = new Button(getTranslation("messages.send"), click -> {
            if (photo.refused()) {
                error.setText(getTranslation("error.message.photo-replace"));
                return;
            }
            try {
                messages.reply(conversationId, text.getValue(), photo.photo());
                show();
            } catch (UserFacingException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        send.setId("portal-reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        add(thread, new H3(getTranslation("messages.reply")), text, photo, error, send);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
