package org.parkgate.integration.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an event and one delivery per endpoint that wants its type, in the transaction of the
 * change that caused it (a change rolled back is never delivered); nothing at all when no endpoint
 * wants it. The body is made once: every try of every endpoint sends the same bytes with the same
 * event id. The sender is woken after the commit.
 */
@Component
class WebhookOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** After a commit that wrote deliveries. */
    record Queued() {
    }

    private final WebhookTargets endpoints;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    WebhookOutbox(WebhookTargets endpoints, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.endpoints = endpoints;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether any endpoint wants events of this type: read from memory, so a lane read without webhooks pays nothing more. */
    boolean wanted(EventType type) {
        return !wanting(type).isEmpty();
    }

    private List<Long> wanting(EventType type) {
        List<Long> wanting = new ArrayList<>(3);
        for (WebhookTargets.Target target : endpoints.active()) {
            if (target.events().contains(type)) {
                wanting.add(target.id());
            }
        }
        return wanting;
    }

    /**
     * Writes the event for the endpoints that want it; returns its id, or null when none does.
     * {@code orderKey}: events of one key (an owner) reach each endpoint in the order written.
     */
    @Transactional
    @Nullable String write(EventType type, @Nullable String orderKey, Instant occurredAt, Map<String, Object> data) {
        List<Long> wanting = wanting(type);
        if (wanting.isEmpty()) {
            return null;
        }
        String id = "evt_" + UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", type.written());
        body.put("occurredAt", occurredAt.toString());
        body.put("data", data);
        String json = JSON.writeValueAsString(body);
        Timestamp at = Timestamp.from(occurredAt);
        jdbc.update("INSERT INTO webhook_event (id, type, occurred_at, order_key, body) VALUES (?, ?, ?, ?, ?)",
                id, type.written(), at, orderKey, json);
        List<Object[]> rows = new ArrayList<>(wanting.size());
        for (long endpoint : wanting) {
            rows.add(new Object[] {endpoint, id, orderKey, at, at});
        }
        jdbc.batchUpdate("""
                INSERT INTO webhook_delivery (endpoint, event, order_key, status, created_at, next_attempt_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?)""", rows);
        events.publishEvent(new Queued());
        return id;
    }
}
