package org.parkgate.billing.provider.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat Pay API v3, Native pay (the payer scans a QR code), for a directly connected merchant
 * (made by {@link WechatPayKind} of the settings file's or the Payment providers page's settings).
 * Orders: {@code POST /v3/pay/transactions/native}, whose {@code code_url} is what the payer
 * scans. Notifications ({@code TRANSACTION.SUCCESS}): the signature checked
 * ({@link WechatPaySignatures}), the resource decrypted ({@link AeadAes256Gcm}), then
 * {@code mchid} and {@code appid} must be this merchant's; amount and currency are checked against
 * the order by the caller. Query, close and domestic refund as in docs/decisions/DD-017; answered
 * 204, refusals with {@code {"code":"FAIL","message":...}} (WeChat Pay then resends).
 */
public class WechatPayProvider implements PaymentProvider {

    public static final String NAME = "wechat";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** WeChat Pay's out_trade_no and out_refund_no: letters, digits and _-|*(@ for refunds), 6 to 64. */
    private static final Pattern MERCHANT_NO = Pattern.compile("[A-Za-z0-9_\\-|*@]{6,64}");

    private final WechatPayCredentials credentials;
    private final WechatPaySignatures signatures;
    private final WechatPayClient client;
    private final Clock clock;

    WechatPayProvider(WechatPayCredentials credentials, Clock clock, Duration connectTimeout, Duration readTimeout,
            long maxBodyBytes) {
        this.credentials = credentials;
        this.signatures = new WechatPaySignatures(credentials, clock);
        this.client = new WechatPayClient(credentials, signatures, clock, connectTimeout, readTimeout, maxBodyBytes);
        this.clock = clock;
    }

    @Override
    public void release() {
        client.close();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderOrder create(OrderRequest order) {
        Instant expires = order.expiresAt().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("appid", credentials.appid);
        body.put("mchid", credentials.mchid);
        body.put("description", order.description());
        body.put("out_trade_no", merchantNo(order.orderId()));
        body.put("time_expire", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.ofInstant(expires, clock.getZone())));
        body.put("notify_url", order.notifyUrl());
        body.put("amount", amount(order.amount(), order.currency()));
        WechatPayClient.Answer answer = client.post("/v3/pay/transactions/native", JSON.writeValueAsString(body));
        if (!answer.ok()) {
            throw refusedBy(answer, "Native prepay of " + order.orderId());
        }
        String codeUrl = answer.json().path("code_url").asString("");
        if (codeUrl.isBlank()) {
            throw new ProviderException("WeChat Pay's prepay answer for " + order.orderId() + " has no code_url");
        }
        return new ProviderOrder(codeUrl, expires);
    }

    @Override
    public ProviderNotification verify(Map<String, String> headers, String rawBody) {
        signatures.verify(headers::get, rawBody);
        JsonNode body = json(rawBody, InvalidNotificationException::new);
        String eventId = body.path("id").asString("");
        if (eventId.isBlank()) {
            throw new InvalidNotificationException("notification id missing");
        }
        if (!"TRANSACTION.SUCCESS".equals(body.path("event_type").asString(""))) {
            throw new InvalidNotificationException("not a payment notification: "
                    + clip(body.path("event_type").asString("")));
        }
        JsonNode resource = body.path("resource");
        if (!"AEAD_AES_256_GCM".equals(resource.path("algorithm").asString(""))) {
            throw new InvalidNotificationException("resource algorithm is not AEAD_AES_256_GCM");
        }
        String plain;
        try {
            plain = AeadAes256Gcm.decrypt(credentials.apiV3Key, resource.path("nonce").asString(""),
                    resource.path("associated_data").asString(""), resource.path("ciphertext").asString(""));
        } catch (IllegalArgumentException tampered) {
            throw new InvalidNotificationException("resource does not decrypt with the APIv3 key");
        }
        Transaction paid = transaction(json(plain, InvalidNotificationException::new), InvalidNotificationException::new);
        boolean succeeded = switch (paid.state()) {
            case "SUCCESS" -> true;
            case "CLOSED", "REVOKED", "PAYERROR" -> false;
            default -> throw new InvalidNotificationException("trade_state " + clip(paid.state()) + " is not final");
        };
        return new ProviderNotification(eventId, paid.orderId(), succeeded, paid.total(), paid.currency(),
                paid.successTime(), paid.reported(eventId));
    }

    /** Taken: 204, no body, as WeChat Pay asks. */
    @Override
    public Acknowledgement accepted(String outcome) {
        return new Acknowledgement(204, null);
    }

    @Override
    public Acknowledgement refused(int status, String why) {
        return new Acknowledgement(status, Map.of("code", "FAIL", "message", why));
    }

    /**
     * SUCCESS (and REFUND: it was paid, refunded since) = paid with the amount WeChat Pay took;
     * NOTPAY and USERPAYING (and ORDER_NOT_EXIST, no such order at WeChat Pay) = still open;
     * CLOSED, REVOKED and PAYERROR = failed.
     */
    @Override
    public ProviderOrderState query(String orderId) {
        WechatPayClient.Answer answer = client.get("/v3/pay/transactions/out-trade-no/" + merchantNo(orderId)
                + "?mchid=" + credentials.mchid);
        if (answer.status() == 404 && "ORDER_NOT_EXIST".equals(answer.errorCode())) {
            return ProviderOrderState.open();
        }
        if (!answer.ok()) {
            throw refusedBy(answer, "query of " + orderId);
        }
        Transaction order = transaction(answer.json(), ProviderException::new);
        if (!order.orderId().equals(orderId)) {
            throw new ProviderException("WeChat Pay answered the query of " + orderId + " about " + order.orderId());
        }
        return switch (order.state()) {
            case "SUCCESS", "REFUND" -> new ProviderOrderState(ProviderOrderState.State.PAID, order.total(),
                    order.currency());
            case "NOTPAY", "USERPAYING" -> ProviderOrderState.open();
            case "CLOSED", "REVOKED", "PAYERROR" -> new ProviderOrderState(ProviderOrderState.State.FAILED, 0,
                    order.currency());
            default -> throw new ProviderException("WeChat Pay's trade_state " + clip(order.state()) + " is unknown");
        };
    }

    @Override
    public void close(String orderId) {
        WechatPayClient.Answer answer = client.post("/v3/pay/transactions/out-trade-no/" + merchantNo(orderId)
                + "/close", JSON.writeValueAsString(Map.of("mchid", credentials.mchid)));
        if (!answer.ok()) {
            throw refusedBy(answer, "close of " + orderId);
        }
    }

    @Override
    public ProviderRefundState refund(RefundRequest refund) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("out_trade_no", merchantNo(refund.orderId()));
        body.put("out_refund_no", merchantNo(refund.refundId()));
        body.put("reason", refund.reason().length() > 80 ? refund.reason().substring(0, 80) : refund.reason());
        body.put("amount", Map.of("refund", refund.amount(), "total", refund.orderAmount(), "currency",
                refund.currency()));
        WechatPayClient.Answer answer = client.post("/v3/refund/domestic/refunds", JSON.writeValueAsString(body));
        if (!answer.ok()) {
            throw refusedBy(answer, "refund " + refund.refundId());
        }
        return refundState(answer.json(), refund.refundId());
    }

    @Override
    public ProviderRefundState refundState(String refundId) {
        WechatPayClient.Answer answer = client.get("/v3/refund/domestic/refunds/" + merchantNo(refundId));
        if (!answer.ok()) {
            throw refusedBy(answer, "query of refund " + refundId);
        }
        return refundState(answer.json(), refundId);
    }

    /** SUCCESS, PROCESSING, CLOSED and ABNORMAL, as WeChat Pay names them. */
    private static ProviderRefundState refundState(JsonNode refund, String refundId) {
        if (!refundId.equals(refund.path("out_refund_no").asString(""))) {
            throw new ProviderException("WeChat Pay answered about another refund than " + refundId);
        }
        String providerId = refund.path("refund_id").asString("");
        ProviderRefundState.State state = switch (refund.path("status").asString("")) {
            case "SUCCESS" -> ProviderRefundState.State.SUCCEEDED;
            case "PROCESSING" -> ProviderRefundState.State.PROCESSING;
            case "CLOSED" -> ProviderRefundState.State.CLOSED;
            case "ABNORMAL" -> ProviderRefundState.State.ABNORMAL;
            default -> throw new ProviderException("WeChat Pay's refund status "
                    + clip(refund.path("status").asString("")) + " is unknown");
        };
        return new ProviderRefundState(state, providerId.isBlank() ? null : providerId);
    }

    /** A transaction as WeChat Pay reports it (notification resource or query answer). */
    private record Transaction(String orderId, String transactionId, String state, long total, String currency,
            @Nullable Instant successTime, String mchid, String appid) {

        /** What a cashier reviewing it needs; no payer data. */
        String reported(String eventId) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("id", eventId);
            kept.put("out_trade_no", orderId);
            kept.put("transaction_id", transactionId);
            kept.put("trade_state", state);
            kept.put("amount", Map.of("total", total, "currency", currency));
            kept.put("mchid", mchid);
            kept.put("appid", appid);
            kept.put("success_time", successTime == null ? "" : successTime.toString());
            return JSON.writeValueAsString(kept);
        }
    }

    /** Reads a transaction and checks it is this merchant's; {@code refusal} makes the exception otherwise. */
    private Transaction transaction(JsonNode node, Function<String, RuntimeException> refusal) {
        String mchid = node.path("mchid").asString("");
        String appid = node.path("appid").asString("");
        if (!credentials.mchid.equals(mchid) || !credentials.appid.equals(appid)) {
            throw refusal.apply("for another merchant or app (mchid " + clip(mchid) + ", appid " + clip(appid) + ")");
        }
        String orderId = node.path("out_trade_no").asString("");
        String state = node.path("trade_state").asString("");
        JsonNode amount = node.path("amount");
        if (orderId.isBlank() || state.isBlank()) {
            throw refusal.apply("out_trade_no and trade_state are required");
        }
        long total = 0;
        String currency = "";
        if (state.equals("SUCCESS") || state.equals("REFUND")) { // unpaid orders may come without an amount
            if (!amount.path("total").isIntegralNumber() || !amount.path("total").canConvertToLong()
                    || amount.path("total").longValue() < 0 || amount.path("currency").asString("").isBlank()) {
                throw refusal.apply("amount.total (fen) and amount.currency are required");
            }
            total = amount.path("total").longValue();
            currency = amount.path("currency").asString("");
        }
        String successText = node.path("success_time").asString("");
        Instant successTime;
        try {
            successTime = successText.isBlank() ? null : OffsetDateTime.parse(successText).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw refusal.apply("success_time unreadable");
        }
        return new Transaction(orderId, node.path("transaction_id").asString(""), state, total, currency, successTime,
                mchid, appid);
    }

    private static JsonNode json(String text, Function<String, RuntimeException> refusal) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (RuntimeException unreadable) {
            throw refusal.apply("not JSON");
        }
        if (node == null || !node.isObject()) {
            throw refusal.apply("not a JSON object");
        }
        return node;
    }

    private static Map<String, Object> amount(long total, String currency) {
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("total", total);
        amount.put("currency", currency);
        return amount;
    }

    private static String merchantNo(String id) {
        if (!MERCHANT_NO.matcher(id).matches()) {
            throw new IllegalArgumentException("not an id WeChat Pay takes: " + clip(id));
        }
        return id;
    }

    private static ProviderException refusedBy(WechatPayClient.Answer answer, String what) {
        return new ProviderException("WeChat Pay refused the " + what + ": HTTP " + answer.status() + " "
                + clip(answer.errorCode()) + " " + clip(answer.body()));
    }

    private static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
