package org.parkgate.owner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.owner.ConversationMessage;
import org.parkgate.owner.Photo;

/**
 * A conversation's messages, oldest first, as both sides see them: who wrote, when, the text, the
 * photo, and under one's own messages whether the other side has read them yet.
 */
final class MessageThread extends Div {

    /**
     * @param ownerReads true for the owner's view (their own messages are on the right and the
     *        office's read receipts show under them), false for the office's
     * @param photos the photo of a message, fetched when the browser asks for it
     */
    MessageThread(List<ConversationMessage> messages, boolean ownerReads, LongFunction<Optional<Photo>> photos,
            Clock clock) {
        setId("message-thread");
        addClassName("parkgate-thread");
        for (ConversationMessage message : messages) {
            boolean mine = message.fromOwner() == ownerReads;
            var who = new Span((message.fromOwner() ? getTranslation(ownerReads ? "messages.me" : "messages.owner")
                    : getTranslation("messages.office")) + " · " + DateTimes.format(message.sentAt(), clock));
            who.addClassName("parkgate-owner-card-title");
            var text = new Div(message.body());
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            var bubble = new Div(who, text);
            if (message.hasPhoto()) {
                var image = new Image((DownloadEvent download) -> {
                    Photo photo = photos.apply(message.id()).orElse(null);
                    if (photo == null) {
                        download.getResponse().setStatus(404);
                        return;
                    }
                    download.setContentType(photo.type());
                    try (OutputStream out = download.getOutputStream()) {
                        out.write(photo.bytes());
                    }
                }, getTranslation("messages.photo"));
                image.setId("message-photo-" + message.id());
                image.setMaxWidth("100%");
                bubble.add(image);
            }
            if (mine) {
                var receipt = new Span(message.readAt() == null ? getTranslation("messages.unread")
                        : getTranslation("messages.read", DateTimes.format(message.readAt(), clock)));
                receipt.setId("message-receipt-" + message.id());
                receipt.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
                bubble.add(new Div(receipt));
            }
            bubble.setId("message-" + message.id());
            bubble.addClassNames("parkgate-owner-card", mine ? "parkgate-message-mine" : "parkgate-message-theirs");
            add(bubble);
        }
    }
}
