package org.parkgate.reminder;

import java.time.Clock;
import org.parkgate.base.OutboxBacklog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code reminders} part of {@code /actuator/health}: the backlog of the reminders' outbox. */
@Component("remindersHealthIndicator") // shown as the "reminders" component
class RemindersHealth implements HealthIndicator {

    private final JdbcClient jdbc;
    private final Clock clock;

    RemindersHealth(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        return OutboxBacklog.of(jdbc, "reminder_message", clock.instant());
    }
}
