package org.parkgate.reminder;

import org.jspecify.annotations.Nullable;

/** What became of a reminder sent by staff: sent (how many messages, why), already sent today, or nothing to remind of. */
public record RemindedNow(Outcome outcome, @Nullable ReminderReason reason, int messages) {

    public enum Outcome { SENT, ALREADY_TODAY, NOTHING_DUE }
}
