package org.parkgate.integration.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery log: every delivery, newest first, with the endpoint's last answer; and Resend,
 * which posts the same event (same id, same body) to the same endpoint once more, as a new
 * delivery after everything already queued there.
 */
@Service
@PreAuthorize(WebhookEndpoints.MANAGERS)
public class WebhookDeliveries {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookDeliveries(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private static final String SELECT = """
            SELECT d.id, p.name, e.id, e.type, e.occurred_at, d.status, d.attempts, d.last_attempt_at, d.last_status,
                   d.last_answer, e.body
            FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event JOIN webhook_endpoint p ON p.id = d.endpoint""";

    @Transactional(readOnly = true)
    public List<Delivery> page(int offset, int limit) {
        return jdbc.sql(SELECT + " ORDER BY d.id DESC LIMIT ? OFFSET ?").params(limit, offset)
                .query(WebhookDeliveries::delivery).list();
    }

    @Transactional(readOnly = true)
    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_delivery").query(Integer.class).single();
    }

    /** The deliveries of one event, oldest first. */
    @Transactional(readOnly = true)
    public List<Delivery> ofEvent(String eventId) {
        return jdbc.sql(SELECT + " WHERE e.id = ? ORDER BY d.id").param(eventId).query(WebhookDeliveries::delivery).list();
    }

    /** Queues the delivery's event for its endpoint once more; returns the new delivery's id. */
    @Transactional
    public long resend(long deliveryId) {
        record Original(long endpoint, String event, String orderKey) {
        }
        Original original = jdbc.sql("SELECT endpoint, event, order_key FROM webhook_delivery WHERE id = ?")
                .param(deliveryId)
                .query((rs, row) -> new Original(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new WebhookException("webhooks.error.delivery-not-found"));
        Timestamp now = Timestamp.from(clock.instant());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO webhook_delivery (endpoint, event, order_key, status, created_at, next_attempt_at)
                        VALUES (?, ?, ?, 'PENDING', ?, ?)""")
                .params(original.endpoint(), original.event(), original.orderKey(), now, now).update(key, "id");
        audit.record(AuditAction.WEBHOOK_RESENT, original.event(), "webhook " + original.endpoint());
        events.publishEvent(new WebhookOutbox.Queued());
        return java.util.Objects.requireNonNull(key.getKey()).longValue();
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp(8);
        return new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7), last == null ? null : last.toInstant(),
                (Integer) rs.getObject(9, Integer.class), rs.getString(10), rs.getString(11));
    }
}
