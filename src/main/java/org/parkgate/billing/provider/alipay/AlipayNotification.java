package org.parkgate.billing.provider.alipay;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Map;
import java.util.regex.Pattern;
import org.parkgate.billing.provider.alipay.NotificationReading.Reason;
import org.parkgate.billing.provider.alipay.NotificationReading.Rejected;
import org.parkgate.billing.provider.alipay.NotificationReading.Verified;

/**
 * Reads Alipay's asynchronous notifications (a form-encoded POST to the {@code notify_url}): at
 * most {@link #MAX_BODY_BYTES}, decoded in the charset it names (UTF-8 by default), RSA2 verified
 * with Alipay's public key over the sorted parameters without {@code sign}, {@code sign_type} and
 * empty values ({@link AlipaySignature#notificationContent}; the SDK's variant that keeps empty
 * values is tried second), then {@code app_id} and {@code seller_id} checked against the settings
 * and {@code notify_id}, {@code out_trade_no}, {@code total_amount} and {@code trade_status} read.
 * Nothing throws: every body gives a {@link NotificationReading}.
 *
 * <p>Alipay stops resending only when the answer's body is exactly {@link #ACKNOWLEDGEMENT}; answer
 * it once what the notice means is committed (a repeat included), and answer anything else
 * (e.g. {@code failure}) to a rejected one.
 */
public final class AlipayNotification {

    /** The body that tells Alipay the notification is taken: plain text, nothing else. */
    public static final String ACKNOWLEDGEMENT = "success";
    /** The body for a notification that is not taken (Alipay sends it again later). */
    public static final String REFUSAL = "failure";
    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern NOTIFY_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    /** Any order number Alipay may carry (another system's too, which then matches no order of ParkGate's). */
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[\\x21-\\x7e]{1,64}");

    private final String appId;
    private final String sellerId;
    private final PublicKey alipayKey;

    public AlipayNotification(AlipaySettings settings) {
        this.appId = settings.appId();
        this.sellerId = settings.sellerId();
        this.alipayKey = AlipaySignature.publicKey(settings.alipayPublicKey());
    }

    /** Reads a body received as text (form bodies are ASCII, so nothing is lost). */
    public NotificationReading read(String body) {
        return read(body.getBytes(StandardCharsets.UTF_8));
    }

    public NotificationReading read(byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            return new Rejected(Reason.TOO_LARGE, "a notification of " + body.length + " bytes");
        }
        FormBody.Decoded form;
        try {
            form = FormBody.decode(body);
        } catch (IllegalArgumentException malformed) {
            return new Rejected(Reason.MALFORMED, malformed.getMessage());
        }
        Map<String, String> parameters = form.parameters();
        String sign = value(parameters, "sign");
        if (sign.isEmpty()) {
            return new Rejected(Reason.NOT_AUTHENTIC, "no sign");
        }
        String signType = value(parameters, "sign_type");
        if (!signType.isEmpty() && !signType.equals("RSA2")) {
            return new Rejected(Reason.UNSUPPORTED_SIGN_TYPE, "sign_type " + signType);
        }
        if (!AlipaySignature.verify(AlipaySignature.notificationContent(parameters), sign, alipayKey, form.charset())
                && !(parameters.values().stream().anyMatch(String::isBlank) && AlipaySignature.verify(
                        AlipaySignature.notificationContentWithEmptyValues(parameters), sign, alipayKey,
                        form.charset()))) {
            return new Rejected(Reason.NOT_AUTHENTIC, "not Alipay's signature of these parameters");
        }
        if (!value(parameters, "app_id").equals(appId)) {
            return new Rejected(Reason.WRONG_APP, "app_id " + value(parameters, "app_id"));
        }
        if (!value(parameters, "seller_id").equals(sellerId)) {
            return new Rejected(Reason.WRONG_SELLER, "seller_id " + value(parameters, "seller_id"));
        }
        return notice(parameters);
    }

    private static NotificationReading notice(Map<String, String> parameters) {
        String notifyId = value(parameters, "notify_id");
        if (!NOTIFY_ID.matcher(notifyId).matches()) {
            return new Rejected(Reason.MALFORMED, "no readable notify_id");
        }
        String outTradeNo = value(parameters, "out_trade_no");
        if (!OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            return new Rejected(Reason.MALFORMED, "no readable out_trade_no");
        }
        String tradeStatus = value(parameters, "trade_status");
        TradeState state = TradeState.of(tradeStatus);
        if (state == TradeState.UNKNOWN) {
            return new Rejected(Reason.UNKNOWN_STATUS, "trade_status '" + tradeStatus + "'");
        }
        long totalFen;
        long refundFen;
        try {
            totalFen = Yuan.fen(value(parameters, "total_amount"));
            String refundFee = value(parameters, "refund_fee");
            refundFen = refundFee.isEmpty() ? 0 : Yuan.fen(refundFee);
        } catch (IllegalArgumentException unreadable) {
            return new Rejected(Reason.MALFORMED, unreadable.getMessage());
        }
        boolean refund = !value(parameters, "out_biz_no").isEmpty() || !value(parameters, "gmt_refund").isEmpty()
                || refundFen > 0;
        String tradeNo = value(parameters, "trade_no");
        String reported = "Alipay " + tradeStatus + " trade " + tradeNo + ", total " + Yuan.of(totalFen)
                + (refund ? ", refunded " + Yuan.of(refundFen) : "")
                + ", buyer " + value(parameters, "buyer_logon_id") + " " + value(parameters, "buyer_id")
                + ", notify " + notifyId;
        return new Verified(new AlipayNotice(notifyId, outTradeNo, tradeNo, tradeStatus, state, totalFen, refund,
                refundFen, AlipayTime.parse(value(parameters, "gmt_payment")), reported.replaceAll(" +", " ")));
    }

    private static String value(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        return value == null ? "" : value.strip();
    }
}
