package org.parkgate.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.parkgate.base.SqlDialect;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code database} part of {@code /actuator/health}: UP when a write commits (the probe row's
 * time), DOWN when it does not (a full disk, a read-only file, a server that refuses). Anonymous
 * callers may ask as often as they like: the write is made at most once per {@link #EVERY}, and
 * the answer between is the last one.
 */
@Component("databaseHealthIndicator") // shown as the "database" component
class DatabaseHealth implements HealthIndicator {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final SqlDialect sql;
    private final Clock clock;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile Health last = Health.unknown().build();

    DatabaseHealth(JdbcClient jdbc, TransactionTemplate transaction, SqlDialect sql, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(EVERY)) && now.isAfter(checkedAt.minus(EVERY))) {
            return last;
        }
        checkedAt = now;
        last = probe(now);
        return last;
    }

    private Health probe(Instant now) {
        String database = sql.postgres() ? "PostgreSQL" : "HSQLDB (embedded)";
        long started = System.nanoTime();
        try {
            Integer written = transaction.execute(status -> jdbc.sql("UPDATE health_probe SET written_at = ? WHERE id = 1")
                    .param(Timestamp.from(now)).update());
            if (written == null || written != 1) {
                return Health.down().withDetail("database", database).withDetail("writable", false)
                        .withDetail("error", "the probe row is missing").build();
            }
            return Health.up().withDetail("database", database).withDetail("writable", true)
                    .withDetail("writeMillis", (System.nanoTime() - started) / 1_000_000).build();
        } catch (DataAccessException | TransactionException e) {
            return Health.down().withDetail("database", database).withDetail("writable", false)
                    .withDetail("error", String.valueOf(e.getMostSpecificCause().getMessage())).build();
        }
    }
}
