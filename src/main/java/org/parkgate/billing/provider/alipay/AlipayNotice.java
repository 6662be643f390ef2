package org.parkgate.billing.provider.alipay;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification from Alipay, verified: its {@code notify_id} (the same on each resend: the event
 * id by which a repeat is known), the order ({@code out_trade_no}) and Alipay's trade number, the
 * {@code trade_status} as sent and its {@link TradeState}, the trade's amount in fen
 * ({@code total_amount}), whether it reports a refund (Alipay notifies refunds too, with
 * {@code out_biz_no}, {@code refund_fee} and {@code gmt_refund}; TRADE_SUCCESS after a partial
 * refund, TRADE_CLOSED after a full one) and how much was refunded, when it was paid, and a line for
 * a cashier's review (no secrets).
 */
public record AlipayNotice(String notifyId, String outTradeNo, String tradeNo, String tradeStatus, TradeState state,
        long totalFen, boolean refund, long refundFen, @Nullable Instant paidAt, String reported) {

    /** What a notice means for one of ParkGate's orders. */
    public enum Match {
        /** The order is paid, with its amount. */
        PAYS_THE_ORDER,
        /** It pays nothing: still open, closed, or a refund. */
        NOT_A_PAYMENT,
        /** It is about another order. */
        OTHER_ORDER,
        /** Paid, but another amount than the order's: hold it for review. */
        AMOUNT_DIFFERS
    }

    /** The provider's event id of this notice ({@code notify_id}). */
    public String eventId() {
        return notifyId;
    }

    /** Whether it reports this trade paid (and is not a refund's notice). */
    public boolean paid() {
        return state == TradeState.PAID && !refund;
    }

    /** This notice against ParkGate's order {@code orderOutTradeNo} of {@code orderFen}. */
    public Match against(String orderOutTradeNo, long orderFen) {
        if (!outTradeNo.equals(orderOutTradeNo)) {
            return Match.OTHER_ORDER;
        }
        if (!paid()) {
            return Match.NOT_A_PAYMENT;
        }
        return totalFen == orderFen ? Match.PAYS_THE_ORDER : Match.AMOUNT_DIFFERS;
    }
}
