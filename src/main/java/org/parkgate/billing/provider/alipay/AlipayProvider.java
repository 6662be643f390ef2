package org.parkgate.billing.provider.alipay;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.parkgate.billing.provider.Acknowledgement;
import org.parkgate.billing.provider.InvalidNotificationException;
import org.parkgate.billing.provider.OrderRequest;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderException;
import org.parkgate.billing.provider.ProviderNotification;
import org.parkgate.billing.provider.ProviderOrder;
import org.parkgate.billing.provider.ProviderOrderState;
import org.parkgate.billing.provider.ProviderRefundState;
import org.parkgate.billing.provider.RefundRequest;

/**
 * Alipay behind the provider SPI, 当面付 with a precreated QR code (made by {@link AlipayKind} of
 * the settings file's or the Payment providers page's {@link AlipaySettings}). Orders:
 * {@code alipay.trade.precreate}, whose {@code qr_code} is what the payer scans, payable until the
 * order's expiry ({@code time_expire}). Notifications: {@link AlipayNotification} (RSA2, app and
 * seller), the event id is {@code notify_id}; TRADE_SUCCESS and TRADE_FINISHED pay (the caller checks
 * the amount in fen against the order; a second PAID notice of a paid order is ALREADY_PAID there),
 * a refund's notice pays nothing, TRADE_CLOSED fails the order. Answered with the plain text
 * {@code success}, refusals with {@code failure} (Alipay then resends). Query, close and refund as in
 * docs/decisions/DD-018-alipay.md; a refund's id is {@code RF<order id>}, from which its order is read
 * back for the refund query.
 */
public class AlipayProvider implements PaymentProvider {

    public static final String NAME = "alipay";
    private static final String CURRENCY = "CNY";
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_]{1,62}");

    private final AlipayClient client;
    private final AlipayNotification notifications;

    AlipayProvider(AlipaySettings settings, Clock clock) {
        this.client = new AlipayClient(settings, clock);
        this.notifications = new AlipayNotification(settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Precreates the trade; no QR code (unreachable, refused, not authentic) is a {@link ProviderException}. */
    @Override
    public ProviderOrder create(OrderRequest order) {
        if (!CURRENCY.equals(order.currency())) {
            throw new IllegalArgumentException("Alipay takes CNY only, not " + order.currency());
        }
        PrecreateResult made = client.precreate(new PrecreateOrder(order.orderId(), order.amount(),
                order.description(), order.expiresAt(), URI.create(order.notifyUrl())));
        if (!made.created()) {
            throw refusedBy(made.reply(), "precreate of " + order.orderId());
        }
        return new ProviderOrder(made.qrCode(), order.expiresAt());
    }

    /**
     * A notification as Alipay signs it. Rejected readings, and WAIT_BUYER_PAY (not final; Alipay
     * sends it only where the app asks for it), are {@link InvalidNotificationException}.
     */
    @Override
    public ProviderNotification verify(Map<String, String> headers, String rawBody) {
        NotificationReading reading = notifications.read(rawBody);
        if (reading instanceof NotificationReading.Rejected rejected) {
            throw new InvalidNotificationException(rejected.reason() + ": " + rejected.why());
        }
        AlipayNotice notice = ((NotificationReading.Verified) reading).notice();
        if (notice.state() == TradeState.OPEN) {
            throw new InvalidNotificationException("trade_status " + notice.tradeStatus() + " is not final");
        }
        return new ProviderNotification(notice.eventId(), notice.outTradeNo(), notice.paid(), notice.totalFen(),
                CURRENCY, notice.paidAt(), notice.reported());
    }

    /** Taken: 200 and the plain text {@code success}, the only answer that stops Alipay resending. */
    @Override
    public Acknowledgement accepted(String outcome) {
        return Acknowledgement.text(200, AlipayNotification.ACKNOWLEDGEMENT);
    }

    @Override
    public Acknowledgement refused(int status, String why) {
        return Acknowledgement.text(status, AlipayNotification.REFUSAL);
    }

    /** WAIT_BUYER_PAY and ACQ.TRADE_NOT_EXIST (not scanned yet) = open; TRADE_SUCCESS/FINISHED = paid; TRADE_CLOSED = failed. */
    @Override
    public ProviderOrderState query(String orderId) {
        TradeQueryResult trade = client.queryTrade(orderId);
        return switch (trade.state()) {
            case OPEN -> ProviderOrderState.open();
            case PAID -> new ProviderOrderState(ProviderOrderState.State.PAID, trade.totalFen(), CURRENCY);
            case CLOSED -> new ProviderOrderState(ProviderOrderState.State.FAILED, 0, CURRENCY);
            case UNKNOWN -> throw refusedBy(trade.reply(), "query of " + orderId);
        };
    }

    /**
     * Closes the trade. Not scanned yet (Alipay has no trade) counts as closed: the QR code stops at
     * the order's expiry, which is when ParkGate closes an order, and a payment of a superseded one
     * is held all the same. Not closable (paid or closed meanwhile) is asked about: closed counts,
     * paid is a {@link ProviderException}, so the order stays open and the next query applies it.
     */
    @Override
    public void close(String orderId) {
        TradeCloseResult closed = client.closeTrade(orderId);
        switch (closed.state()) {
            case CLOSED, NOT_SCANNED -> {
            }
            case NOT_CLOSABLE -> {
                if (query(orderId).state() != ProviderOrderState.State.FAILED) {
                    throw new ProviderException("Alipay cannot close order " + orderId + ": it is paid");
                }
            }
            case UNKNOWN -> throw refusedBy(closed.reply(), "close of " + orderId);
        }
    }

    /** A refund Alipay refuses (e.g. the seller's balance is short) or does not answer is a {@link ProviderException}. */
    @Override
    public ProviderRefundState refund(RefundRequest refund) {
        if (!CURRENCY.equals(refund.currency())) {
            throw new IllegalArgumentException("Alipay refunds CNY only, not " + refund.currency());
        }
        RefundResult result = client.refund(refund.orderId(), refund.refundId(), refund.amount(), refund.reason());
        return switch (result.state()) {
            case SUCCEEDED -> new ProviderRefundState(ProviderRefundState.State.SUCCEEDED, null);
            case PENDING -> new ProviderRefundState(ProviderRefundState.State.PROCESSING, null);
            case REFUSED, UNKNOWN -> throw refusedBy(result.reply(), "refund " + refund.refundId());
        };
    }

    /** The refund {@code RF<order id>} at Alipay; refused there = {@link ProviderRefundState.State#ABNORMAL} (a person decides). */
    @Override
    public ProviderRefundState refundState(String refundId) {
        RefundResult result = client.queryRefund(orderOf(refundId), refundId);
        return switch (result.state()) {
            case SUCCEEDED -> new ProviderRefundState(ProviderRefundState.State.SUCCEEDED, null);
            case PENDING -> new ProviderRefundState(ProviderRefundState.State.PROCESSING, null);
            case REFUSED -> new ProviderRefundState(ProviderRefundState.State.ABNORMAL, null);
            case UNKNOWN -> throw refusedBy(result.reply(), "query of refund " + refundId);
        };
    }

    @Override
    public void release() {
        client.close();
    }

    /** The order of ParkGate's refund id {@code RF<order id>}. */
    private static String orderOf(String refundId) {
        String orderId = RefundRequest.orderOf(refundId);
        if (!ORDER_ID.matcher(orderId).matches()) {
            throw new IllegalArgumentException("not a refund id of ParkGate's (RF<order id>): " + refundId);
        }
        return orderId;
    }

    private static ProviderException refusedBy(AlipayReply reply, String what) {
        return new ProviderException("Alipay: no " + what + " (" + reply.outcome() + " " + reply.code() + " "
                + reply.subCode() + "): " + reply.detail());
    }
}
