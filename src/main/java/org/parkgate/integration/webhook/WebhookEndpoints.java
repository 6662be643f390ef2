package org.parkgate.integration.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook endpoints: registered and removed by an admin or a client with
 * {@code webhooks:manage}, audited. Each has a name, an http(s) URL, the events it wants and a
 * secret that signs every delivery (given, or made here and shown once). The outbox reads the
 * active ones from memory ({@link WebhookTargets}), reloaded after every change is committed.
 */
@Service
@PreAuthorize(WebhookEndpoints.MANAGERS)
public class WebhookEndpoints {

    static final String MANAGERS = "hasRole('ADMIN') or hasAuthority('SCOPE_webhooks:manage')";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new endpoint's id and its secret (to be put into the receiving system). */
    public record Registered(long id, String secret) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookEndpoints(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an endpoint; a blank secret makes one. Refused with {@link WebhookException}: a
     * name missing or over 60 characters, a URL that is not http(s) with a host or over 500
     * characters, no event, a secret under 16 or over 100 characters.
     */
    @Transactional
    public Registered register(String name, String url, Collection<EventType> wanted, @Nullable String secret) {
        String named = name == null ? "" : name.strip();
        if (named.isEmpty() || named.length() > 60) {
            throw new WebhookException("webhooks.error.name");
        }
        String address = url == null ? "" : url.strip();
        if (!validUrl(address)) {
            throw new WebhookException("webhooks.error.url");
        }
        if (wanted == null || wanted.isEmpty()) {
            throw new WebhookException("webhooks.error.events");
        }
        String key = secret == null || secret.isBlank() ? newSecret() : secret.strip();
        if (key.length() < 16 || key.length() > 100) {
            throw new WebhookException("webhooks.error.secret");
        }
        var id = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO webhook_endpoint (name, url, events, secret, created_at, created_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(named, address, written(wanted), key, Timestamp.from(clock.instant()), AuditLog.currentActor())
                .update(id, "id");
        long endpoint = Objects.requireNonNull(id.getKey()).longValue();
        audit.record(AuditAction.WEBHOOK_REGISTERED, named, address + " " + written(wanted));
        events.publishEvent(new WebhookTargets.Changed());
        return new Registered(endpoint, key);
    }

    /** Removes an endpoint: nothing more is written for it; what is on its way is still tried. */
    @Transactional
    public void remove(long endpointId) {
        int removed = jdbc.sql("UPDATE webhook_endpoint SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL")
                .params(Timestamp.from(clock.instant()), AuditLog.currentActor(), endpointId).update();
        if (removed == 0) {
            throw new WebhookException("webhooks.error.not-found");
        }
        audit.record(AuditAction.WEBHOOK_REMOVED, "webhook " + endpointId, null);
        events.publishEvent(new WebhookTargets.Changed());
    }

    /** The active endpoints, newest first. */
    @Transactional(readOnly = true)
    public List<Endpoint> list() {
        return jdbc.sql("""
                        SELECT id, name, url, events, created_at, created_by FROM webhook_endpoint
                        WHERE removed_at IS NULL ORDER BY id DESC""")
                .query((rs, row) -> new Endpoint(rs.getLong(1), rs.getString(2), rs.getString(3), parsed(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    private static boolean validUrl(String address) {
        if (address.isEmpty() || address.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (java.net.URISyntaxException unreadable) {
            return false;
        }
    }

    private static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String written(Collection<EventType> types) {
        return types.stream().sorted().map(EventType::written).collect(Collectors.joining(","));
    }

    static Set<EventType> parsed(String written) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(written.split(",")).map(String::strip).map(EventType::of).forEach(type -> type.ifPresent(types::add));
        return types;
    }
}
