package org.parkgate.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backlog of an outbox table (reminder messages, webhook deliveries) for
 * {@code /actuator/health}: how many rows are due and waiting, and since when the oldest is.
 * DEGRADED once one has been due longer than {@link #LATE}: its sender is not getting through.
 * Rows waiting for their time (quiet hours, the next retry) are not due and do not count.
 */
public class OutboxBacklog implements HealthIndicator {

    public static final Duration LATE = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final String table;
    private final Clock clock;

    /** The health of {@code table}, a feature's own outbox (the feature names its component). */
    protected OutboxBacklog(JdbcClient jdbc, String table, Clock clock) {
        this.jdbc = jdbc;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Health health() {
        return of(jdbc, table, clock.instant());
    }

    /** {@code table} has {@code status} and {@code next_attempt_at} columns, as both outboxes do. */
    public static Health of(JdbcClient jdbc, String table, Instant now) {
        record Due(long count, Timestamp oldest) {
        }
        Due due = jdbc.sql("SELECT COUNT(*), MIN(next_attempt_at) FROM " + table
                        + " WHERE status = 'PENDING' AND next_attempt_at <= ?")
                .param(Timestamp.from(now)).query((rs, row) -> new Due(rs.getLong(1), rs.getTimestamp(2))).single();
        Health.Builder health = due.oldest() != null && due.oldest().toInstant().plus(LATE).isBefore(now)
                ? Health.status(HealthStatus.DEGRADED) : Health.up();
        health.withDetail("due", due.count());
        if (due.oldest() != null) {
            health.withDetail("oldestDueSince", due.oldest().toInstant().toString());
        }
        return health.build();
    }
}
