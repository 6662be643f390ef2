package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An online payment held for review: what the order asked and what the provider reported. */
public record HeldPayment(String orderId, @Nullable String plate, long ordered, String currency, Instant createdAt,
        String reported) {
}
