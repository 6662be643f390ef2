package org.parkgate.integration.webhook;

import java.time.Instant;
import java.util.Set;

/** A registered webhook endpoint as the office sees it (its secret is shown once, when registered). */
public record Endpoint(long id, String name, String url, Set<EventType> events, Instant createdAt, String createdBy) {

    public Endpoint {
        events = Set.copyOf(events);
    }
}
