package org.parkgate.reminder;

import java.util.Set;
import org.parkgate.base.LotNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an owner that the office answered their message in the portal, by the channel they chose,
 * through the outbox like every other message (the text is the office's template
 * {@code OFFICE_ANSWER}, naming the conversation, not repeating the answer).
 */
@Component
public class OfficeAnswerNotices {

    private final Outbox outbox;
    private final LotNames lots;

    OfficeAnswerNotices(Outbox outbox, LotNames lots) {
        this.outbox = outbox;
        this.lots = lots;
    }

    /** In the answer's transaction: one message per answer ({@code answerId}), by {@code channel}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(long ownerId, long answerId, String subject, Channel channel) {
        String lot = lots.lotIds().getFirst(); // whose quiet hours apply: the site's first lot
        ReminderSchedule defaults = ReminderSchedule.defaults(lot);
        var byTheOwnersChoice = new ReminderSchedule(lot, 0, false, 0, false, Set.of(channel), defaults.quietFrom(),
                defaults.quietUntil());
        outbox.write(new Occasion(ownerId, ReminderReason.OFFICE_ANSWER, "M" + answerId, lot, null, null, null, null,
                subject, ""), byTheOwnersChoice);
    }
}
