package org.parkgate.integration.webhook;

import java.time.Clock;
import org.parkgate.base.OutboxBacklog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code webhooks} part of {@code /actuator/health}: the backlog of the webhook deliveries. */
@Component("webhooksHealthIndicator") // shown as the "webhooks" component
class WebhooksHealth extends OutboxBacklog {

    WebhooksHealth(JdbcClient jdbc, Clock clock) {
        super(jdbc, "webhook_delivery", clock);
    }
}
