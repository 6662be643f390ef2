package org.parkgate.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys that cameras and scripts present to report plates ({@code X-Api-Key} header or {@code key}
 * parameter). Admins create them in the browser (shown once, stored as SHA-256 hashes: the keys
 * are long random strings, so a slow password hash adds nothing) and revoke them;
 * {@code parkgate.device-key} (environment PARKGATE_DEVICE_KEY) adds one for headless set-ups.
 */
@Service
public class DeviceKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final @Nullable String configuredHash;
    private final Set<String> activeHashes = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    /** The shortest key ParkGate accepts in its configuration (its own keys are 52 characters). */
    public static final int MIN_CONFIGURED_LENGTH = 24;

    DeviceKeys(JdbcClient jdbc, AuditLog audit, Clock clock,
            @Value("${parkgate.device-key:}") String configuredKey, @Value("${parkgate.demo:false}") boolean demo) {
        if (!demo && !configuredKey.isBlank() && configuredKey.strip().length() < MIN_CONFIGURED_LENGTH) {
            // the demo's documented key is short and public; a production key must not be guessable
            throw new IllegalStateException("parkgate.device-key (PARKGATE_DEVICE_KEY) must have at least "
                    + MIN_CONFIGURED_LENGTH + " characters; an admin can also create keys on the Device keys page");
        }
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.configuredHash = configuredKey.isBlank() ? null : hash(configuredKey);
    }

    /** Whether a presented key is one of the active keys. */
    public boolean valid(@Nullable String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        String hash = hash(presented.strip());
        if (hash.equals(configuredHash)) {
            return true;
        }
        if (!loaded) {
            reload();
        }
        return activeHashes.contains(hash);
    }

    /** Creates a key named {@code name}; returns the key itself, which is not stored and cannot be shown again. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public String create(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new StaffUserException("error.device-key.name");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = "pgk_" + HexFormat.of().formatHex(bytes);
        jdbc.sql("INSERT INTO device_key (name, key_hash, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(label, hash(key), AuditLog.currentActor(), Timestamp.from(clock.instant())).update();
        audit.record(AuditAction.DEVICE_KEY_CREATED, label, null);
        reload();
        return key;
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public void revoke(long id) {
        String name = jdbc.sql("SELECT name FROM device_key WHERE id = ? AND revoked_at IS NULL").param(id)
                .query(String.class).optional().orElseThrow(() -> new StaffUserException("error.device-key.not-found"));
        jdbc.sql("UPDATE device_key SET revoked_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), id)
                .update();
        audit.record(AuditAction.DEVICE_KEY_REVOKED, name, null);
        reload();
    }

    /** A key as listed (never the key itself). */
    public record DeviceKey(long id, String name, String createdBy, Instant createdAt, @Nullable Instant revokedAt) {
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<DeviceKey> list() {
        return jdbc.sql("SELECT id, name, created_by, created_at, revoked_at FROM device_key ORDER BY created_at DESC")
                .query((rs, row) -> new DeviceKey(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The active keys as the table has them now (after start, a new key, a revocation). */
    private synchronized void reload() {
        Set<String> active = Set.copyOf(jdbc.sql("SELECT key_hash FROM device_key WHERE revoked_at IS NULL")
                .query(String.class).list());
        activeHashes.retainAll(active);
        activeHashes.addAll(active);
        loaded = true;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
