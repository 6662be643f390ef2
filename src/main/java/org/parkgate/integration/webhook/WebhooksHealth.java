package org.parkgate.integration.webhook;

import java.time.Clock;
import org.parkgate.base.OutboxBacklog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code webhooks} part of {@code /actuator/health}: the backlog of the webhook deliveries. */
@Component("webhooksHealthIndicator") // shown as the "webhooks" component
class WebhooksHealth implements HealthIndicator {

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhooksHealth(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        return OutboxBacklog.of(jdbc, "webhook_delivery", clock.instant());
    }
}
