package org.parkgate.billing.provider.alipay;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trade as {@code alipay.trade.query} reports it: its {@link TradeState} (OPEN also for
 * ACQ.TRADE_NOT_EXIST, the QR code not scanned yet; UNKNOWN when the answer is not to be believed),
 * the amount of the trade in fen ({@code total_amount}; 0 when Alipay gave none), Alipay's trade
 * number, the buyer (masked logon id and user id, for a cashier's review) and when it was paid
 * ({@code send_pay_date}), as far as Alipay gave them. The caller compares the amount with its own.
 */
public record TradeQueryResult(AlipayReply reply, TradeState state, long totalFen, String tradeNo,
        String buyerLogonId, String buyerUserId, @Nullable Instant paidAt) {

    static TradeQueryResult unknown(AlipayReply reply) {
        return new TradeQueryResult(reply, TradeState.UNKNOWN, 0, "", "", "", null);
    }

    static TradeQueryResult notScanned(AlipayReply reply) {
        return new TradeQueryResult(reply, TradeState.OPEN, 0, "", "", "", null);
    }
}
