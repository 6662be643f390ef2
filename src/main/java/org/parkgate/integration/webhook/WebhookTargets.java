package org.parkgate.integration.webhook;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The active endpoints as the outbox needs them, read from memory on every change that may be
 * delivered (a lane read among them), loaded at the first and again after each committed change
 * of the endpoints.
 */
@Component
class WebhookTargets {

    /** What the outbox needs of an active endpoint. */
    record Target(long id, String url, Set<EventType> events) {
    }

    /** Published when endpoints were registered or removed. */
    record Changed() {
    }

    private final JdbcClient jdbc;
    private volatile @Nullable List<Target> targets;

    WebhookTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Target> active() {
        List<Target> known = targets;
        if (known == null) {
            known = jdbc.sql("SELECT id, url, events FROM webhook_endpoint WHERE removed_at IS NULL ORDER BY id")
                    .query((rs, row) -> new Target(rs.getLong(1), rs.getString(2),
                            WebhookEndpoints.parsed(rs.getString(3))))
                    .list();
            targets = known;
        }
        return known;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(Changed changed) {
        targets = null;
    }
}
