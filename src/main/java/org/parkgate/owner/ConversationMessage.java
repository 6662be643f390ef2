package org.parkgate.owner;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message of a conversation: by the owner or by someone in the office ({@code author}), its
 * text, whether it has a photo, and when the other side first opened it (null: not yet).
 */
public record ConversationMessage(long id, long conversationId, boolean fromOwner, String author, String body,
        boolean hasPhoto, Instant sentAt, @Nullable Instant readAt) {
}
