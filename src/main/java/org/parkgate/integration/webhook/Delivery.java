package org.parkgate.integration.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One delivery of an event to an endpoint, as the delivery log shows it. */
public record Delivery(long id, String endpointName, String eventId, String eventType, Instant occurredAt,
        String status, int attempts, @Nullable Instant lastAttemptAt, @Nullable Integer lastStatus,
        @Nullable String lastAnswer, String body) {
}
