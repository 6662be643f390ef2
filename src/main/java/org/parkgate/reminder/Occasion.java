package org.parkgate.reminder;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Why one owner gets a message now: the reason, the period it is about ({@code periodKey}: a
 * message goes out once per owner, reason and period), the lot whose schedule applies, the amount
 * (fen) and due date it names, and what it is about (an invoice, a pass period), so that the
 * outbox can tell when it is no longer due. {@code title} and {@code text} are an announcement's.
 */
record Occasion(long ownerId, ReminderReason reason, String periodKey, String lot, @Nullable Long amount,
        @Nullable LocalDate due, @Nullable Long invoice, @Nullable Long subscription, String title, String text) {

    static Occasion about(long ownerId, ReminderReason reason, String periodKey, String lot, @Nullable Long amount,
            @Nullable LocalDate due, @Nullable Long invoice, @Nullable Long subscription) {
        return new Occasion(ownerId, reason, periodKey, lot, amount, due, invoice, subscription, "", "");
    }
}
