package org.parkgate.reminder;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One message as a channel sends it. {@code id} is the same on every retry of the message, so a
 * gateway can drop repeats; {@code amount} (fen) and {@code due} are for gateways that fill their
 * own approved templates, as is {@code code} (a sign-in code, in no stored message).
 */
public record OutgoingMessage(long id, long ownerId, ReminderReason reason, String recipient, String language,
        String subject, String body, @Nullable Long amount, @Nullable LocalDate due, @Nullable String code) {

    public OutgoingMessage(long id, long ownerId, ReminderReason reason, String recipient, String language,
            String subject, String body, @Nullable Long amount, @Nullable LocalDate due) {
        this(id, ownerId, reason, recipient, language, subject, body, amount, due, null);
    }
}
