package org.parkgate.billing.provider;

import org.jspecify.annotations.Nullable;

/**
 * What the notification endpoint answers a provider: the HTTP status and a body, or none. The body
 * is written as JSON (a Spring {@code ProblemDetail} as problem+json) unless {@code contentType}
 * names another type, as {@link #text} does for a provider that wants plain text (Alipay stops
 * resending only on the plain text {@code success}).
 */
public record Acknowledgement(int status, @Nullable Object body, @Nullable String contentType) {

    /** An answer whose body (if any) is written as JSON. */
    public Acknowledgement(int status, @Nullable Object body) {
        this(status, body, null);
    }

    /** An answer of exactly this text, as {@code text/plain} in UTF-8. */
    public static Acknowledgement text(int status, String text) {
        return new Acknowledgement(status, text, "text/plain;charset=UTF-8");
    }
}
