package org.parkgate.billing.provider.alipay;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parkgate.billing.provider.BoundedHttp;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls to Alipay's open API gateway with the JDK's HTTP client, in public-key mode: a form-encoded
 * POST of the common parameters ({@code app_id, method, format=JSON, charset=utf-8, sign_type=RSA2,
 * timestamp} in China's time, {@code version=1.0}, {@code notify_url} for a precreate) and
 * {@code biz_content}, signed with the app's key ({@link AlipaySignature#requestContent}).
 *
 * <p>Every answer's signature is checked with Alipay's public key over the raw text of its
 * {@code <method>_response} ({@link AnswerText}) before anything in it is believed. A call never
 * throws and never waits longer than the connect plus read time-outs: what happened is the result's
 * {@link AlipayReply} ({@link AlipayOutcome}), and only {@link AlipayOutcome#SUCCEEDED} (or, where a
 * result says so, a verified refusal such as ACQ.TRADE_NOT_EXIST) carries Alipay's word. Answers
 * longer than {@link #MAX_ANSWER_BYTES} are refused unread. Arguments that Alipay would refuse
 * (an {@code out_trade_no} of other characters, an amount outside its range) are an
 * {@link IllegalArgumentException} before anything is sent.
 */
public final class AlipayClient implements AutoCloseable {

    public static final int MAX_ANSWER_BYTES = 256 * 1024;
    static final String PRECREATE = "alipay.trade.precreate";
    static final String QUERY = "alipay.trade.query";
    static final String CLOSE = "alipay.trade.close";
    static final String REFUND = "alipay.trade.refund";
    static final String REFUND_QUERY = "alipay.trade.fastpay.refund.query";
    static final String TRADE_NOT_EXIST = "ACQ.TRADE_NOT_EXIST";
    static final String TRADE_STATUS_ERROR = "ACQ.TRADE_STATUS_ERROR";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern OUT_REQUEST_NO = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> MISCONFIGURED_CODES = Set.of("20001", "40001", "40002", "40003", "40006");
    private static final int MAX_REASON = 256;

    /** A verified answer's reply and fields (the {@code <method>_response} object), or a failure with no fields. */
    private record Answer(AlipayReply reply, JsonNode fields) {

        String text(String name) {
            return AlipayClient.text(fields, name);
        }
    }

    private final AlipaySettings settings;
    private final PrivateKey appKey;
    private final PublicKey alipayKey;
    private final Clock clock;
    private final BoundedHttp http;

    public AlipayClient(AlipaySettings settings, Clock clock) {
        this.settings = settings;
        this.appKey = AlipaySignature.privateKey(settings.appPrivateKey());
        this.alipayKey = AlipaySignature.publicKey(settings.alipayPublicKey());
        this.clock = clock;
        this.http = new BoundedHttp(settings.connectTimeout(), settings.readTimeout(), MAX_ANSWER_BYTES);
    }

    /** Precreates the order: Alipay's {@code qr_code} for the payer to scan. */
    public PrecreateResult precreate(PrecreateOrder order) {
        if (!order.expiresAt().isAfter(clock.instant())) {
            throw new IllegalArgumentException("the order expired at " + order.expiresAt());
        }
        ObjectNode biz = JSON.createObjectNode()
                .put("out_trade_no", order.outTradeNo())
                .put("total_amount", Yuan.of(order.amountFen()))
                .put("subject", order.subject())
                .put("time_expire", AlipayTime.format(order.expiresAt()));
        Answer answer = call(PRECREATE, biz, order.notifyUrl(), order.outTradeNo());
        if (!answer.reply().succeeded()) {
            return new PrecreateResult(answer.reply(), "");
        }
        String qrCode = answer.text("qr_code");
        if (qrCode.isEmpty()) {
            return new PrecreateResult(unreadable("the precreate answer has no qr_code"), "");
        }
        return new PrecreateResult(answer.reply(), qrCode);
    }

    /** The trade's state at Alipay; ACQ.TRADE_NOT_EXIST (not scanned yet) is {@link TradeState#OPEN}. */
    public TradeQueryResult queryTrade(String outTradeNo) {
        Answer answer = call(QUERY, trade(outTradeNo), null, outTradeNo);
        AlipayReply reply = answer.reply();
        if (reply.refusedWith(TRADE_NOT_EXIST)) {
            return TradeQueryResult.notScanned(reply);
        }
        if (!reply.succeeded()) {
            return TradeQueryResult.unknown(reply);
        }
        String status = answer.text("trade_status");
        TradeState state = TradeState.of(status);
        if (state == TradeState.UNKNOWN) {
            return TradeQueryResult.unknown(unreadable("unknown trade_status '" + status + "'"));
        }
        long totalFen = 0;
        String total = answer.text("total_amount");
        if (!total.isEmpty() || state == TradeState.PAID) {
            try {
                totalFen = Yuan.fen(total);
            } catch (IllegalArgumentException unreadable) {
                return TradeQueryResult.unknown(unreadable("the query answer's total_amount: " + unreadable.getMessage()));
            }
        }
        return new TradeQueryResult(reply, state, totalFen, answer.text("trade_no"), answer.text("buyer_logon_id"),
                answer.text("buyer_user_id"), AlipayTime.parse(answer.text("send_pay_date")));
    }

    /** Closes the unpaid trade so that it cannot be paid any more. */
    public TradeCloseResult closeTrade(String outTradeNo) {
        AlipayReply reply = call(CLOSE, trade(outTradeNo), null, outTradeNo).reply();
        TradeCloseResult.State state;
        if (reply.succeeded()) {
            state = TradeCloseResult.State.CLOSED;
        } else if (reply.refusedWith(TRADE_NOT_EXIST)) {
            state = TradeCloseResult.State.NOT_SCANNED;
        } else if (reply.refusedWith(TRADE_STATUS_ERROR)) {
            state = TradeCloseResult.State.NOT_CLOSABLE;
        } else {
            state = TradeCloseResult.State.UNKNOWN;
        }
        return new TradeCloseResult(reply, state);
    }

    /**
     * Refunds {@code refundFen} of the paid trade under ParkGate's {@code outRequestNo} (letters,
     * digits, {@code _} and {@code -}, at most 64): the same number again is the same refund at
     * Alipay, so a retry never pays twice.
     */
    public RefundResult refund(String outTradeNo, String outRequestNo, long refundFen, String reason) {
        checkRequestNo(outRequestNo);
        if (refundFen < Yuan.MIN_FEN || refundFen > Yuan.MAX_FEN) {
            throw new IllegalArgumentException("refund amount out of Alipay's range: " + refundFen + " fen");
        }
        ObjectNode biz = trade(outTradeNo)
                .put("refund_amount", Yuan.of(refundFen))
                .put("out_request_no", outRequestNo);
        String why = reason.strip();
        if (!why.isEmpty()) {
            biz.put("refund_reason", why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why);
        }
        Answer answer = call(REFUND, biz, null, outTradeNo);
        if (!answer.reply().succeeded()) {
            return refusedOrUnknown(answer.reply());
        }
        long refunded;
        try {
            refunded = answer.text("refund_fee").isEmpty() ? 0 : Yuan.fen(answer.text("refund_fee"));
        } catch (IllegalArgumentException unreadable) {
            return RefundResult.unknown(unreadable("the refund answer's refund_fee: " + unreadable.getMessage()));
        }
        RefundResult.State state = answer.text("fund_change").equals("Y")
                ? RefundResult.State.SUCCEEDED : RefundResult.State.PENDING;
        return new RefundResult(answer.reply(), state, refunded);
    }

    /** The refund's state at Alipay ({@code alipay.trade.fastpay.refund.query}). */
    public RefundResult queryRefund(String outTradeNo, String outRequestNo) {
        checkRequestNo(outRequestNo);
        Answer answer = call(REFUND_QUERY, trade(outTradeNo).put("out_request_no", outRequestNo), null, outTradeNo);
        if (!answer.reply().succeeded()) {
            return refusedOrUnknown(answer.reply());
        }
        String echoed = answer.text("out_request_no");
        if (!echoed.isEmpty() && !echoed.equals(outRequestNo)) {
            return RefundResult.unknown(unreadable("the refund query answer is about refund " + echoed));
        }
        if (!answer.text("refund_status").equals("REFUND_SUCCESS")) {
            return new RefundResult(answer.reply(), RefundResult.State.PENDING, 0);
        }
        try {
            return new RefundResult(answer.reply(), RefundResult.State.SUCCEEDED, Yuan.fen(answer.text("refund_amount")));
        } catch (IllegalArgumentException unreadable) {
            return RefundResult.unknown(unreadable("the refund query answer's refund_amount: " + unreadable.getMessage()));
        }
    }

    /** Ends the HTTP client; calls after this answer {@link AlipayOutcome#UNAVAILABLE}. */
    @Override
    public void close() {
        http.close();
    }

    private static RefundResult refusedOrUnknown(AlipayReply reply) {
        return reply.outcome() == AlipayOutcome.REFUSED
                ? new RefundResult(reply, RefundResult.State.REFUSED, 0) : RefundResult.unknown(reply);
    }

    private static ObjectNode trade(String outTradeNo) {
        if (!PrecreateOrder.OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            throw new IllegalArgumentException("out_trade_no must be 1 to 64 letters, digits or _: " + outTradeNo);
        }
        return JSON.createObjectNode().put("out_trade_no", outTradeNo);
    }

    private static void checkRequestNo(String outRequestNo) {
        if (!OUT_REQUEST_NO.matcher(outRequestNo).matches()) {
            throw new IllegalArgumentException("out_request_no must be 1 to 64 letters, digits, _ or -: " + outRequestNo);
        }
    }

    /** One signed call; its verified answer, or what went wrong. */
    private Answer call(String method, ObjectNode biz, @Nullable URI notifyUrl, String outTradeNo) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("app_id", settings.appId());
        parameters.put("method", method);
        parameters.put("format", "JSON");
        parameters.put("charset", "utf-8");
        parameters.put("sign_type", "RSA2");
        parameters.put("timestamp", AlipayTime.format(clock.instant()));
        parameters.put("version", "1.0");
        if (notifyUrl != null) {
            parameters.put("notify_url", notifyUrl.toString());
        }
        parameters.put("biz_content", JSON.writeValueAsString(biz));
        parameters.put("sign", AlipaySignature.sign(AlipaySignature.requestContent(parameters), appKey));
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.gatewayUrl())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(FormBody.encode(parameters), StandardCharsets.UTF_8));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request);
        } catch (BoundedHttp.Unanswered unanswered) {
            AlipayOutcome outcome = switch (unanswered.failure()) {
                case TIMED_OUT -> AlipayOutcome.TIMED_OUT;
                case TOO_LARGE -> AlipayOutcome.UNREADABLE;
                case UNREACHABLE -> AlipayOutcome.UNAVAILABLE;
            };
            return failed(outcome, "Alipay, " + method + ": " + unanswered.getMessage());
        }
        if (response.statusCode() != 200) {
            return failed(AlipayOutcome.UNAVAILABLE, "Alipay's gateway answered HTTP " + response.statusCode()
                    + " to " + method);
        }
        return verified(method, response.body(), outTradeNo);
    }

    private Answer verified(String method, byte[] bytes, String outTradeNo) {
        String body;
        try {
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException broken) {
            return failed(AlipayOutcome.UNREADABLE, "the answer to " + method + " is not UTF-8");
        }
        AnswerText signed;
        JsonNode fields;
        try {
            signed = AnswerText.of(body, method);
            fields = JSON.readTree(signed.content());
        } catch (IllegalArgumentException | JacksonException unreadable) {
            return failed(AlipayOutcome.UNREADABLE, "the answer to " + method + " cannot be read: "
                    + unreadable.getMessage());
        }
        if (signed.sign() == null) {
            return failed(AlipayOutcome.NOT_AUTHENTIC, "an unsigned answer to " + method + " (it says "
                    + text(fields, "code") + " " + text(fields, "sub_code") + "), not believed");
        }
        if (!AlipaySignature.verify(signed.content(), signed.sign(), alipayKey)
                && !(signed.content().contains("\\/")
                        && AlipaySignature.verify(signed.content().replace("\\/", "/"), signed.sign(), alipayKey))) {
            return failed(AlipayOutcome.NOT_AUTHENTIC, "the answer to " + method
                    + " does not carry Alipay's signature (check Alipay's public key in the settings)");
        }
        String echoed = text(fields, "out_trade_no");
        if (!echoed.isEmpty() && !echoed.equals(outTradeNo)) {
            return failed(AlipayOutcome.UNREADABLE, "the answer to " + method + " is about order " + echoed);
        }
        return new Answer(reply(fields), fields);
    }

    private static AlipayReply reply(JsonNode fields) {
        String code = text(fields, "code");
        String subCode = text(fields, "sub_code");
        String detail = (code + " " + text(fields, "msg") + " " + subCode + " " + text(fields, "sub_msg")).strip();
        AlipayOutcome outcome;
        if (code.equals("10000")) {
            outcome = AlipayOutcome.SUCCEEDED;
        } else if (code.equals("20000") || subCode.equals("ACQ.SYSTEM_ERROR")) {
            outcome = AlipayOutcome.UNAVAILABLE;
        } else if (code.equals("40004")) {
            outcome = AlipayOutcome.REFUSED;
        } else if (MISCONFIGURED_CODES.contains(code)) {
            outcome = AlipayOutcome.MISCONFIGURED;
        } else {
            outcome = AlipayOutcome.UNREADABLE;
            detail = "an unknown code '" + code + "': " + detail;
        }
        return new AlipayReply(outcome, code, subCode, detail);
    }

    private static Answer failed(AlipayOutcome outcome, String detail) {
        return new Answer(AlipayReply.failed(outcome, detail), JSON.missingNode());
    }

    private static AlipayReply unreadable(String detail) {
        return AlipayReply.failed(AlipayOutcome.UNREADABLE, detail);
    }

    /** A scalar field as text; empty when absent, null or not a scalar. */
    static String text(JsonNode fields, String name) {
        JsonNode value = fields.path(name);
        return value.isValueNode() && !value.isNull() ? value.asString() : "";
    }
}
