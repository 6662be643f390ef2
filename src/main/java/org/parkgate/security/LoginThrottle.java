package org.parkgate.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops password guessing: {@value #MAX_FAILURES} failed sign-ins in a row lock that user name for
 * {@link #LOCK_DURATION}, whether or not such a user exists. A successful sign-in clears the count;
 * an admin can lift a lock early. Counts survive restarts (they live in the database).
 */
@Service
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE username = ?")
                .param(key(username))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failed attempt; the one that reaches the limit starts the lock. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        int failures = jdbc.sql("SELECT failed_attempts, locked_until FROM login_throttle WHERE username = ?")
                .param(key)
                .query((rs, row) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    boolean lockExpired = lockedUntil != null && !lockedUntil.toInstant().isAfter(now);
                    return lockExpired ? 0 : rs.getInt("failed_attempts");
                })
                .optional()
                .orElse(0) + 1;
        Timestamp lockedUntil = failures >= MAX_FAILURES ? Timestamp.from(now.plus(LOCK_DURATION)) : null;
        jdbc.sql("""
                MERGE INTO login_throttle t USING (VALUES(CAST(? AS VARCHAR(100)))) AS s(username) ON t.username = s.username
                WHEN MATCHED THEN UPDATE SET failed_attempts = ?, last_failure_at = ?, locked_until = ?
                WHEN NOT MATCHED THEN INSERT (username, failed_attempts, last_failure_at, locked_until) VALUES (s.username, ?, ?, ?)
                """)
                .params(key, failures, Timestamp.from(now), lockedUntil, failures, Timestamp.from(now), lockedUntil)
                .update();
        audit.recordAs(key, AuditAction.LOGIN_FAILED, key, "attempt " + failures);
        if (lockedUntil != null) {
            audit.recordAs(AuditLog.SYSTEM, AuditAction.LOGIN_LOCKED, key, "until " + lockedUntil.toInstant());
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE username = ?").param(key(username)).update();
        audit.recordAs(key(username), AuditAction.LOGIN_SUCCEEDED, key(username), null);
    }

    /** Names locked right now, the lock ending last first. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<LoginLock> activeLocks() {
        return jdbc.sql("""
                SELECT username, failed_attempts, locked_until FROM login_throttle
                WHERE locked_until > ? ORDER BY locked_until DESC""")
                .param(Timestamp.from(clock.instant()))
                .query((rs, row) -> new LoginLock(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public void unlock(String username) {
        int removed = jdbc.sql("DELETE FROM login_throttle WHERE username = ?").param(key(username)).update();
        if (removed > 0) {
            audit.record(AuditAction.LOGIN_UNLOCKED, key(username), null);
        }
    }

    /** User names are case-insensitive: "Admin" and "admin" share one count. */
    private static String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 100 ? key.substring(0, 100) : key;
    }
}
