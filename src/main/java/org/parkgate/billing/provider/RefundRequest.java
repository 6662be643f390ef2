package org.parkgate.billing.provider;

/**
 * Money of a paid order to give back: ParkGate's refund id (the same id again is the same refund
 * at the provider, so a retry never pays twice), the order, how much of how much (minor units) in
 * which currency, and why (shown to the payer by some providers).
 */
public record RefundRequest(String refundId, String orderId, long amount, long orderAmount, String currency,
        String reason) {
}
