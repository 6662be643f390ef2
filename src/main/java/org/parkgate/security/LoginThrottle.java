package org.parkgate.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Upserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops password guessing: {@value #MAX_FAILURES} failed sign-ins in a row lock that user name for
 * {@link #LOCK_DURATION}, whether or not such a user exists. Every attempt is counted before its
 * password is looked at, one at a time per name (the row's write lock), so a burst in parallel
 * gets no more tries than one after another; a sign-in while the name is locked is refused even
 * with the right password, and does not lift the lock. A successful sign-in otherwise clears the
 * count; an admin can lift a lock early. Counts survive restarts (they live in the database).
 */
@Service
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Upserts upserts;
    private final AuditLog audit;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Upserts upserts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.upserts = upserts;
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

    /**
     * Before the password is checked: counts this attempt and says whether its password may be
     * checked at all (false: the name is locked, or this attempt is beyond the limit and locks it).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean admit(String username, String from) {
        String key = key(username);
        Timestamp now = Timestamp.from(clock.instant());
        count(key, now);
        record Count(int attempts, @Nullable Timestamp lockedUntil) {
        }
        Count count = jdbc.sql("SELECT failed_attempts, locked_until FROM login_throttle WHERE username = ?")
                .param(key).query((rs, row) -> new Count(rs.getInt(1), rs.getTimestamp(2))).single();
        if (count.lockedUntil() != null) {
            return false;
        }
        if (count.attempts() > MAX_FAILURES) { // the others in flight used up the tries
            lock(key, from);
            return false;
        }
        return true;
    }

    /** This attempt, counted: a lock that has run out starts the count again. */
    private void count(String key, Timestamp now) {
        String merge = """
                MERGE INTO login_throttle t USING (VALUES(CAST(? AS VARCHAR(100)))) AS s(username) ON t.username = s.username
                WHEN MATCHED THEN UPDATE SET
                    failed_attempts = CASE WHEN t.locked_until IS NOT NULL AND t.locked_until <= ? THEN 1
                                           ELSE t.failed_attempts + 1 END,
                    locked_until = CASE WHEN t.locked_until <= ? THEN NULL ELSE t.locked_until END,
                    last_failure_at = ?
                WHEN NOT MATCHED THEN INSERT (username, failed_attempts, last_failure_at, locked_until)
                    VALUES (s.username, 1, ?, NULL)""";
        upserts.merge(jdbc.sql(merge).params(key, now, now, now, now)); // two first attempts at once: the second counts on
    }

    /** A wrong password, from {@code from}; true when the name is locked now. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username, String from) {
        String key = key(username);
        int attempts = jdbc.sql("SELECT failed_attempts FROM login_throttle WHERE username = ?").param(key)
                .query(Integer.class).optional().orElse(MAX_FAILURES);
        audit.recordAs(AuditLog.ANONYMOUS, AuditAction.LOGIN_FAILED, key, "attempt " + attempts + " from " + from);
        if (attempts >= MAX_FAILURES) {
            lock(key, from);
            return true;
        }
        return false;
    }

    private void lock(String key, String from) {
        Instant until = clock.instant().plus(LOCK_DURATION);
        if (jdbc.sql("UPDATE login_throttle SET locked_until = ? WHERE username = ? AND locked_until IS NULL")
                .params(Timestamp.from(until), key).update() > 0) {
            audit.recordAs(AuditLog.SYSTEM, AuditAction.LOGIN_LOCKED, key, "until " + until + ", last try from " + from);
        }
    }

    /**
     * The right password: the count starts again, unless the name is locked meanwhile (then the
     * sign-in is refused and the lock stays). True when the sign-in may go on.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordSuccess(String username, String from) {
        String key = key(username);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("DELETE FROM login_throttle WHERE username = ? AND (locked_until IS NULL OR locked_until <= ?)")
                .params(key, now).update();
        if (jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE username = ? AND locked_until > ?").params(key, now)
                .query(Integer.class).single() > 0) {
            return false;
        }
        audit.recordAs(key, AuditAction.LOGIN_SUCCEEDED, key, "from " + from);
        return true;
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
