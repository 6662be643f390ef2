package org.parkgate.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Sha256;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys that cameras and scripts present ({@code X-Api-Key} header, or the {@code key} parameter on
 * camera routes). Admins create them in the browser for some uses and lanes (shown once, stored as
 * SHA-256 hashes: the keys are long random strings, so a slow password hash adds nothing) and
 * revoke them; {@code parkgate.device-key} (environment PARKGATE_DEVICE_KEY) adds one for every use
 * and lane, for headless set-ups. Each key's last use (time and address) is kept in memory and
 * written to the table once a minute, so a lane's request never waits for it.
 */
@Service
public class DeviceKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The shortest key ParkGate accepts in its configuration (its own keys are 52 characters). */
    public static final int MIN_CONFIGURED_LENGTH = 24;
    /** How the configured key is listed; it has no row of its own. */
    public static final String CONFIGURED_NAME = "PARKGATE_DEVICE_KEY";
    private static final long CONFIGURED_ID = 0;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<DeviceLanes> lanes;
    private final @Nullable String configuredHash;
    private final Instant started;
    private final Map<String, ActiveKey> active = new ConcurrentHashMap<>();
    private final Map<Long, LastUse> unsavedUses = new ConcurrentHashMap<>();
    private final Map<Long, LastUse> lastUses = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** A key that may be used now. */
    public record ActiveKey(long id, String name, DeviceKeyScope scope) {
    }

    /** When and from where a key was last presented. */
    public record LastUse(Instant at, String from) {
    }

    /** A key as listed (never the key itself); the configured key is listed with {@code configured}. */
    public record DeviceKey(long id, String name, DeviceKeyScope scope, String createdBy, Instant createdAt,
            @Nullable Instant revokedAt, @Nullable LastUse lastUse, boolean configured) {
    }

    DeviceKeys(JdbcClient jdbc, AuditLog audit, Clock clock, ObjectProvider<DeviceLanes> lanes,
            @Value("${parkgate.device-key:}") String configuredKey, @Value("${parkgate.demo:false}") boolean demo) {
        if (!demo && !configuredKey.isBlank() && configuredKey.strip().length() < MIN_CONFIGURED_LENGTH) {
            // the demo's documented key is short and public; a production key must not be guessable
            throw new IllegalStateException("parkgate.device-key (PARKGATE_DEVICE_KEY) must have at least "
                    + MIN_CONFIGURED_LENGTH + " characters; an admin can also create keys on the Device keys page");
        }
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.lanes = lanes;
        this.configuredHash = configuredKey.isBlank() ? null : hash(configuredKey.strip());
        this.started = clock.instant();
    }

    /** The active key presented, or null when it is none. */
    public @Nullable ActiveKey find(@Nullable String presented) {
        if (presented == null || presented.isBlank()) {
            return null;
        }
        String hash = hash(presented.strip());
        if (hash.equals(configuredHash)) {
            return new ActiveKey(CONFIGURED_ID, CONFIGURED_NAME, DeviceKeyScope.EVERYTHING);
        }
        if (!loaded) {
            reload();
        }
        return active.get(hash);
    }

    /** Whether a presented key is one of the active keys (for any use). */
    public boolean valid(@Nullable String presented) {
        return find(presented) != null;
    }

    /** Notes that {@code key} was just presented from {@code address}; saved with the next minute's write. */
    public void used(ActiveKey key, String address) {
        LastUse use = new LastUse(clock.instant(), Objects.requireNonNull(ClientAddress.bounded(address)));
        lastUses.put(key.id(), use);
        if (key.id() != CONFIGURED_ID) {
            unsavedUses.put(key.id(), use);
        }
    }

    /** Writes the last uses noted since the previous write. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public void saveLastUses() {
        for (Long id : List.copyOf(unsavedUses.keySet())) {
            LastUse use = unsavedUses.remove(id);
            if (use != null) {
                jdbc.sql("UPDATE device_key SET last_used_at = ?, last_used_from = ? WHERE id = ?")
                        .params(Timestamp.from(use.at()), use.from(), id).update();
            }
        }
    }

    /**
     * Creates a key named {@code name} for {@code uses} at {@code laneIds} (none: every lane); returns
     * the key itself, which is not stored and cannot be shown again.
     */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public String create(String name, Set<DeviceUse> uses, Collection<String> laneIds) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new StaffUserException("error.device-key.name");
        }
        if (uses.isEmpty()) {
            throw new StaffUserException("error.device-key.uses");
        }
        List<String> known = knownLanes();
        for (String lane : laneIds) {
            if (!known.contains(lane)) {
                throw new StaffUserException("error.device-key.lane-unknown", lane);
            }
        }
        DeviceKeyScope scope = new DeviceKeyScope(uses, new LinkedHashSet<>(laneIds));
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = "pgk_" + HexFormat.of().formatHex(bytes);
        jdbc.sql("INSERT INTO device_key (name, key_hash, created_by, created_at, uses, lanes) VALUES (?, ?, ?, ?, ?, ?)")
                .params(label, hash(key), AuditLog.currentActor(), Timestamp.from(clock.instant()), scope.usesColumn(),
                        scope.lanesColumn())
                .update();
        audit.record(AuditAction.DEVICE_KEY_CREATED, label,
                scope.usesColumn() + " at " + (scope.allLanes() ? "every lane" : scope.lanesColumn()));
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

    /** The lanes a key can be limited to. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    public List<String> knownLanes() {
        DeviceLanes site = lanes.getIfAvailable();
        return site == null ? List.of() : site.laneIds();
    }

    /** The configured key first (when there is one), then the keys made here, newest first. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<DeviceKey> list() {
        Stream<DeviceKey> configured = configuredHash == null ? Stream.empty()
                : Stream.of(new DeviceKey(CONFIGURED_ID, CONFIGURED_NAME, DeviceKeyScope.EVERYTHING, "parkgate.device-key",
                        started, null, lastUses.get(CONFIGURED_ID), true));
        List<DeviceKey> made = jdbc.sql("""
                        SELECT id, name, uses, lanes, created_by, created_at, revoked_at, last_used_at, last_used_from
                        FROM device_key ORDER BY created_at DESC, id DESC""")
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    LastUse saved = rs.getTimestamp(8) == null ? null
                            : new LastUse(rs.getTimestamp(8).toInstant(), rs.getString(9));
                    LastUse noted = lastUses.get(id);
                    return new DeviceKey(id, rs.getString(2), DeviceKeyScope.fromColumns(rs.getString(3), rs.getString(4)),
                            rs.getString(5), rs.getTimestamp(6).toInstant(),
                            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                            noted != null && (saved == null || noted.at().isAfter(saved.at())) ? noted : saved, false);
                })
                .list();
        return Stream.concat(configured, made.stream()).toList();
    }

    /** The active keys as the table has them now (after start, a new key, a revocation). */
    private synchronized void reload() {
        Map<String, ActiveKey> now = new HashMap<>();
        jdbc.sql("SELECT id, name, key_hash, uses, lanes FROM device_key WHERE revoked_at IS NULL")
                .query(rs -> {
                    now.put(rs.getString(3), new ActiveKey(rs.getLong(1), rs.getString(2),
                            DeviceKeyScope.fromColumns(rs.getString(4), rs.getString(5))));
                });
        active.keySet().retainAll(now.keySet());
        active.putAll(now);
        loaded = true;
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }
}
