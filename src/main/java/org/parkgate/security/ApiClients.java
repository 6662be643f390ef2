package org.parkgate.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Sha256;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients of the integration API. An admin creates one with a name and scopes; its secret
 * ({@code pgc_<id>_<random>}) is shown once and kept as SHA-256; requests send it as
 * {@code Authorization: Bearer <secret>}. Rotating makes a new secret while the old one keeps
 * working for {@link #GRACE}, so the other system can switch without a gap; revoking stops both
 * at once. Every change is audited.
 */
@Service
public class ApiClients {

    /** How long the secret before a rotation still works. */
    public static final Duration GRACE = Duration.ofHours(24);
    static final String AUTHORITY_PREFIX = "SCOPE_";
    private static final String PREFIX = "pgc_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, name, scopes, created_at, created_by, rotated_at, revoked_at, previous_until";

    /** A client as listed (never its secret). */
    public record ApiClient(long id, String name, Set<ApiScope> scopes, Instant createdAt, String createdBy,
            @Nullable Instant rotatedAt, @Nullable Instant revokedAt, @Nullable Instant previousUntil) {
    }

    /** A client with the secret made for it, shown this once. */
    public record IssuedSecret(ApiClient client, String secret) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ApiClients(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The authority a method or route names for {@code scope}. */
    public static String authority(ApiScope scope) {
        return AUTHORITY_PREFIX + scope.written();
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<ApiClient> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_client ORDER BY revoked_at NULLS FIRST, name")
                .query(ApiClients::row).list();
    }

    /**
     * A new client; its secret is in the answer and nowhere else.
     *
     * @throws StaffUserException {@code api-clients.error.*}: no or too long a name, taken, no scope
     */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public IssuedSecret create(String name, Set<ApiScope> scopes) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 60) {
            throw new StaffUserException("api-clients.error.name");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new StaffUserException("api-clients.error.scopes");
        }
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO api_client (name, scopes, secret_hash, created_at, created_by)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(clean, written(scopes), "-", Timestamp.from(clock.instant()), AuditLog.currentActor())
                    .update(key, "id");
        } catch (DuplicateKeyException taken) {
            throw new StaffUserException("api-clients.error.name-taken", clean);
        }
        long id = java.util.Objects.requireNonNull(key.getKey()).longValue();
        String secret = secretFor(id);
        jdbc.sql("UPDATE api_client SET secret_hash = ? WHERE id = ?").params(Sha256.hex(secret), id).update();
        audit.record(AuditAction.API_CLIENT_CREATED, "client:" + clean, written(scopes));
        return new IssuedSecret(find(id), secret);
    }

    /** A new secret; the one before works for {@link #GRACE} more. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public IssuedSecret rotate(long clientId) {
        ApiClient client = active(clientId);
        String secret = secretFor(clientId);
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE api_client SET previous_hash = secret_hash, previous_until = ?, secret_hash = ?, rotated_at = ?
                        WHERE id = ?""")
                .params(Timestamp.from(now.plus(GRACE)), Sha256.hex(secret), Timestamp.from(now), clientId).update();
        audit.record(AuditAction.API_CLIENT_ROTATED, "client:" + client.name(), "old secret valid until " + now.plus(GRACE));
        return new IssuedSecret(find(clientId), secret);
    }

    /** No secret of the client works any more, from now. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public void revoke(long clientId) {
        ApiClient client = active(clientId);
        jdbc.sql("UPDATE api_client SET revoked_at = ?, revoked_by = ?, previous_hash = NULL WHERE id = ?")
                .params(Timestamp.from(clock.instant()), AuditLog.currentActor(), clientId).update();
        audit.record(AuditAction.API_CLIENT_REVOKED, "client:" + client.name(), null);
    }

    /** The client a presented secret belongs to, if it is its current one or its previous one in the grace time. */
    @Transactional(readOnly = true)
    @Nullable ApiClient authenticate(@Nullable String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = presented.split("_", 3);
        long id;
        try {
            id = parts.length == 3 ? Long.parseLong(parts[1]) : -1;
        } catch (NumberFormatException e) {
            return null;
        }
        record Hashes(String current, @Nullable String previous, @Nullable Instant previousUntil, boolean revoked) {
        }
        Hashes hashes = jdbc.sql("SELECT secret_hash, previous_hash, previous_until, revoked_at FROM api_client WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Hashes(rs.getString(1), rs.getString(2), instant(rs, "previous_until"),
                        rs.getTimestamp(4) != null))
                .optional().orElse(null);
        if (hashes == null || hashes.revoked()) {
            return null;
        }
        byte[] presentedHash = Sha256.hex(presented).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean current = MessageDigest.isEqual(presentedHash,
                hashes.current().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        boolean previous = hashes.previous() != null && hashes.previousUntil() != null
                && clock.instant().isBefore(hashes.previousUntil()) && MessageDigest.isEqual(presentedHash,
                hashes.previous().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return current || previous ? find(id) : null;
    }

    private ApiClient active(long clientId) {
        ApiClient client = jdbc.sql("SELECT " + COLUMNS + " FROM api_client WHERE id = ?").param(clientId)
                .query(ApiClients::row).optional().orElseThrow(() -> new StaffUserException("api-clients.error.not-found"));
        if (client.revokedAt() != null) {
            throw new StaffUserException("api-clients.error.revoked");
        }
        return client;
    }

    private ApiClient find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_client WHERE id = ?").param(id).query(ApiClients::row).single();
    }

    private static String secretFor(long id) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String written(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::written).collect(Collectors.joining(" "));
    }

    private static ApiClient row(ResultSet rs, int n) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(rs.getString("scopes").split(" ")).map(ApiScope::of).flatMap(java.util.Optional::stream)
                .forEach(scopes::add);
        return new ApiClient(rs.getLong("id"), rs.getString("name"), scopes, rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), instant(rs, "rotated_at"), instant(rs, "revoked_at"),
                instant(rs, "previous_until"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
