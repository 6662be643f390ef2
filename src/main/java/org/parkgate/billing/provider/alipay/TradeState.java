package org.parkgate.billing.provider.alipay;

/**
 * A trade as Alipay reports it, for ParkGate: {@link #OPEN} (WAIT_BUYER_PAY, or
 * ACQ.TRADE_NOT_EXIST: a precreated QR code nobody has scanned yet), {@link #PAID} (TRADE_SUCCESS,
 * or TRADE_FINISHED when it can no longer be refunded), {@link #CLOSED} (TRADE_CLOSED: unpaid and
 * closed or expired, or paid and then refunded in full), or {@link #UNKNOWN} (no verified answer, or a
 * status ParkGate does not know: act on nothing).
 */
public enum TradeState {
    OPEN, PAID, CLOSED, UNKNOWN;

    /** The state of Alipay's {@code trade_status}. */
    static TradeState of(String tradeStatus) {
        return switch (tradeStatus) {
            case "WAIT_BUYER_PAY" -> OPEN;
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> PAID;
            case "TRADE_CLOSED" -> CLOSED;
            default -> UNKNOWN;
        };
    }
}
