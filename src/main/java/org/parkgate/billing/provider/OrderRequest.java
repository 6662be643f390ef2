package org.parkgate.billing.provider;

import java.time.Instant;

/**
 * An order to make at a provider: ParkGate's order id (the provider's {@code out_trade_no}), the
 * amount in minor units and its currency, what the payer reads in the provider's app, until when
 * it may be paid, where the provider notifies, and ParkGate's own pay page of the order (for a
 * provider whose payer pays there, as the sandbox's).
 */
public record OrderRequest(String orderId, long amount, String currency, String description, Instant expiresAt,
        String notifyUrl, String payPage) {
}
