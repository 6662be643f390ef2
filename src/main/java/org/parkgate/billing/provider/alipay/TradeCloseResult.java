package org.parkgate.billing.provider.alipay;

/**
 * The answer to {@code alipay.trade.close}: {@link State#CLOSED} (it cannot be paid any more),
 * {@link State#NOT_SCANNED} (ACQ.TRADE_NOT_EXIST: nobody has scanned the QR code, so Alipay has no
 * trade to close; the code stays payable until its {@code time_expire}), {@link State#NOT_CLOSABLE}
 * (ACQ.TRADE_STATUS_ERROR: already paid or closed; query to learn which) or {@link State#UNKNOWN}
 * (try again).
 */
public record TradeCloseResult(AlipayReply reply, State state) {

    public enum State { CLOSED, NOT_SCANNED, NOT_CLOSABLE, UNKNOWN }
}
