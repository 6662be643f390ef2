package org.parkgate.billing.provider;

import org.jspecify.annotations.Nullable;

/**
 * What the notification endpoint answers a provider: the HTTP status and a body the endpoint
 * writes as JSON (a Spring {@code ProblemDetail} as problem+json), or none.
 */
public record Acknowledgement(int status, @Nullable Object body) {
}
