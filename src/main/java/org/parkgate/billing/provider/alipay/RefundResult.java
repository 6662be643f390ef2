package org.parkgate.billing.provider.alipay;

/**
 * A refund as Alipay reports it ({@code alipay.trade.refund} or
 * {@code alipay.trade.fastpay.refund.query}): {@link State#SUCCEEDED} (the money went back),
 * {@link State#PENDING} (accepted as a repeat without moving money, or not finished under this
 * {@code out_request_no} yet: ask again, or send the same refund again with the same
 * {@code out_request_no}, which never pays twice), {@link State#REFUSED} (Alipay said no, e.g.
 * ACQ.TRADE_NOT_EXIST or ACQ.SELLER_BALANCE_NOT_ENOUGH: a person decides) or {@link State#UNKNOWN}
 * (no answer to believe: try again with the same {@code out_request_no}). {@code refundedFen} is
 * what Alipay reports as refunded: the trade's total so far ({@code refund_fee}) for a refund, this
 * request's {@code refund_amount} for a query; 0 when it gave none.
 */
public record RefundResult(AlipayReply reply, State state, long refundedFen) {

    public enum State { SUCCEEDED, PENDING, REFUSED, UNKNOWN }

    static RefundResult unknown(AlipayReply reply) {
        return new RefundResult(reply, State.UNKNOWN, 0);
    }
}
