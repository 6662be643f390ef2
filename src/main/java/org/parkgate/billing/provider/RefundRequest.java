package org.parkgate.billing.provider;

/**
 * Money of a paid order to give back: ParkGate's refund id (the same id again is the same refund
 * at the provider, so a retry never pays twice), the order, how much of how much (minor units) in
 * which currency, and why (shown to the payer by some providers).
 */
public record RefundRequest(String refundId, String orderId, long amount, long orderAmount, String currency,
        String reason) {

    private static final String PREFIX = "RF";

    /** ParkGate gives an order back once, all of it: its refund id is {@code RF<order id>}. */
    public static String idFor(String orderId) {
        return PREFIX + orderId;
    }

    /** The order a refund id of {@link #idFor} is for; empty for any other id. */
    public static String orderOf(String refundId) {
        return refundId.startsWith(PREFIX) ? refundId.substring(PREFIX.length()) : "";
    }
}
