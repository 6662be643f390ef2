package org.parkgate.billing.provider;

import java.time.Instant;

/**
 * An order to make at a provider: ParkGate's order id (the provider's {@code out_trade_no}), the
 * amount in minor units and its currency, what the payer reads in the provider's app, until when
 * it may be paid, and where the provider notifies. (A provider whose payer pays on ParkGate's own
 * pay page, as the sandbox's, gives no scan content: the pay page is then what the payer scans.)
 */
public record OrderRequest(String orderId, long amount, String currency, String description, Instant expiresAt,
        String notifyUrl) {
}
