package org.parkgate.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
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
    private volatile @Nullable Instant checkedAt;
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
        Instant checked = checkedAt;
        if (checked != null && Duration.between(checked, now).abs().compareTo(EVERY) < 0) {
            return last;
        }
        checkedAt = now;
        last = probe(now);
        return last;
    }

    private Health probe(Instant now) {
        long started = System.nanoTime();
        String error;
        try {
            Integer written = transaction.execute(status -> jdbc.sql("UPDATE health_probe SET written_at = ? WHERE id = 1")
                    .param(Timestamp.from(now)).update());
            if (written != null && written == 1) {
                return details(Health.up(), true).withDetail("writeMillis", (System.nanoTime() - started) / 1_000_000)
                        .build();
            }
            error = "the probe row is missing";
        } catch (DataAccessException | TransactionException e) {
            error = String.valueOf(e.getMostSpecificCause().getMessage());
        }
        return details(Health.down(), false).withDetail("error", error).build();
    }

    private Health.Builder details(Health.Builder health, boolean writable) {
        return health.withDetail("database", sql.postgres() ? "PostgreSQL" : "HSQLDB (embedded)")
                .withDetail("writable", writable);
    }
}
