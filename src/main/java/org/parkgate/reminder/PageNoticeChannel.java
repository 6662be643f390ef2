package org.parkgate.reminder;

import org.springframework.stereotype.Component;

/** Notices on the owner's personal pay page: written to the outbox, they are shown from there. */
@Component
class PageNoticeChannel implements ReminderChannel {

    @Override
    public Channel channel() {
        return Channel.PAGE;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Handed deliver(OutgoingMessage message) {
        return Handed.answer("reminders.answer.page");
    }
}
