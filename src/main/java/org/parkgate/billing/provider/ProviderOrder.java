package org.parkgate.billing.provider;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order made at its provider: what the payer scans, exactly as the provider gave it (WeChat's
 * {@code code_url}), or null when the payer pays on ParkGate's own pay page of the order (whose
 * secret link is never stored), and until when it can be paid.
 */
public record ProviderOrder(@Nullable String scanContent, Instant expiresAt) {
}
