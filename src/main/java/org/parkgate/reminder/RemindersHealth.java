package org.parkgate.reminder;

import java.time.Clock;
import org.parkgate.base.OutboxBacklog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code reminders} part of {@code /actuator/health}: the backlog of the reminders' outbox. */
@Component("remindersHealthIndicator") // shown as the "reminders" component
class RemindersHealth extends OutboxBacklog {

    RemindersHealth(JdbcClient jdbc, Clock clock) {
        super(jdbc, "reminder_message", clock);
    }
}
