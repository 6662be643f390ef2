package org.parkgate.reminder;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message in the delivery log. {@code answer} is the gateway's or mail server's answer, or
 * for a skipped or cancelled message a translation key ({@link #answerIsKey}). {@code receipt}
 * is the SMS provider's later report (DELIVERED or UNDELIVERED, when, its words), null while
 * none came (or for channels and gateways without reports).
 */
public record DeliveryRow(long id, Instant createdAt, long ownerId, String ownerName, ReminderReason reason,
        Channel channel, @Nullable String recipient, DeliveryStatus status, int attempts, @Nullable Instant sentAt,
        String subject, String body, @Nullable String answer, @Nullable String receipt, @Nullable Instant receiptAt,
        @Nullable String receiptDetail) {

    public boolean answerIsKey() {
        return answer != null && answer.startsWith("reminders.");
    }

    /** For an answer that is a key: the key, and the detail after {@code |} (or empty). */
    public String[] answerKeyAndDetail() {
        String text = answer == null ? "" : answer;
        int bar = text.indexOf('|');
        return bar < 0 ? new String[] {text, ""} : new String[] {text.substring(0, bar), text.substring(bar + 1)};
    }
}
