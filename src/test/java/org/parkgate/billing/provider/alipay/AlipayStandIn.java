package org.parkgate.billing.provider.alipay;

import static java.util.stream.Collectors.joining;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for Alipay's open API gateway on this machine, speaking its protocol as documented: it
 * takes a form-encoded POST, checks the common parameters and the RSA2 signature of the request
 * with the app's public key (its own rendering of the string to sign, not ParkGate's), keeps the
 * trades it was told about, and answers in Alipay's format
 * ({@code {"<method>_response":{...},"sign":"..."}}) signed with "Alipay's" key. Faults for the tests:
 * a tampered, unsigned or wrongly signed answer, HTTP 502, a slow or huge answer, a busy gateway.
 * It also writes the notifications Alipay would send, and sends them over HTTP.
 */
public final class AlipayStandIn implements AutoCloseable {

    public static final String APP_ID = "2021000000000001";
    public static final String SELLER_ID = "2088000000000001";
    public static final String BUYER_ID = "2088102177846875";

    public enum Fault { NONE, UNSIGNED, SIGNED_BY_FORGER, HTTP_502, SLOW, HUGE, BUSY, ESCAPED_SLASHES, ANOTHER_ORDER }

    /** A trade as the stand-in keeps it: status null until the QR code is scanned. */
    public static final class Trade {
        final String outTradeNo;
        final long fen;
        final String tradeNo;
        volatile String status;
        final Map<String, Long> refunds = new ConcurrentHashMap<>();

        Trade(String outTradeNo, long fen, String tradeNo) {
            this.outTradeNo = outTradeNo;
            this.fen = fen;
            this.tradeNo = tradeNo;
        }

        long refunded() {
            return refunds.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A request as the stand-in received it: its parameters, its biz_content and whether its signature held. */
    public record Received(Map<String, String> parameters, JsonNode biz, String contentType, boolean signatureValid) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final Map<String, Trade> trades = new ConcurrentHashMap<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();
    volatile Fault fault = Fault.NONE;
    volatile Duration slowness = Duration.ofSeconds(2);
    volatile UnaryOperator<String> tamper = UnaryOperator.identity();
    private final PublicKey appPublicKey;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger numbers = new AtomicInteger();

    public AlipayStandIn() {
        this(AlipayTestKeys.APP.getPublic());
    }

    public AlipayStandIn(PublicKey appPublicKey) {
        this.appPublicKey = appPublicKey;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/gateway.do", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    public URI gateway() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/gateway.do");
    }

    /** The office's settings for this stand-in: the app's private key as PEM, Alipay's public key as bare Base64. */
    public AlipaySettings settings() {
        return new AlipaySettings(APP_ID, SELLER_ID, AlipayTestKeys.pem(AlipayTestKeys.APP.getPrivate()),
                AlipayTestKeys.base64(AlipayTestKeys.ALIPAY.getPublic()), gateway(), Duration.ofSeconds(2),
                Duration.ofSeconds(2));
    }

    public Received last() {
        return received.getLast();
    }

    /** The payer scans the QR code: Alipay now has the trade, waiting for payment. */
    public void scan(String outTradeNo) {
        trades.get(outTradeNo).status = "WAIT_BUYER_PAY";
    }

    /** The payer pays. */
    public void pay(String outTradeNo) {
        trades.get(outTradeNo).status = "TRADE_SUCCESS";
    }

    /** The notify_url ParkGate sent with the trade's precreate, or null when it sent none. */
    public String notifyUrl(String outTradeNo) {
        return received.stream()
                .filter(request -> "alipay.trade.precreate".equals(request.parameters().get("method")))
                .filter(request -> outTradeNo.equals(request.biz().path("out_trade_no").asString("")))
                .map(request -> request.parameters().get("notify_url"))
                .findFirst().orElse(null);
    }

    /** Posts a notification body to {@code notifyUrl} as Alipay does (form-encoded, over HTTP). */
    public HttpResponse<String> notify(String notifyUrl, String body) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(notifyUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                    .header("Accept", "text/plain") // the answer Alipay's protocol prescribes, not JSON
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The methods called, in order. */
    public List<String> methods() {
        return received.stream().map(request -> request.parameters().getOrDefault("method", "")).toList();
    }

    /** Forgets every trade and request, and answers normally again. */
    public void reset() {
        trades.clear();
        received.clear();
        fault = Fault.NONE;
        tamper = UnaryOperator.identity();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The parameters of Alipay's notification that the trade is paid, as Alipay sends them (unsigned yet). */
    public Map<String, String> paidNotification(String outTradeNo, long fen) {
        String yuan = Yuan.of(fen);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("gmt_create", "2025-03-01 10:30:05");
        parameters.put("charset", "utf-8");
        parameters.put("gmt_payment", "2025-03-01 10:30:12");
        parameters.put("notify_time", "2025-03-01 10:30:13");
        parameters.put("subject", "停车费 京A10004");
        parameters.put("buyer_id", BUYER_ID);
        parameters.put("invoice_amount", yuan);
        parameters.put("version", "1.0");
        parameters.put("notify_id", "2025030100222103012" + String.format("%015d", numbers.incrementAndGet()));
        parameters.put("fund_bill_list", "[{\"amount\":\"" + yuan + "\",\"fundChannel\":\"ALIPAYACCOUNT\"}]");
        parameters.put("notify_type", "trade_status_sync");
        parameters.put("out_trade_no", outTradeNo);
        parameters.put("total_amount", yuan);
        parameters.put("trade_status", "TRADE_SUCCESS");
        parameters.put("trade_no", "2025030122001477840500012345");
        parameters.put("auth_app_id", APP_ID);
        parameters.put("receipt_amount", yuan);
        parameters.put("point_amount", "0.00");
        parameters.put("buyer_pay_amount", yuan);
        parameters.put("app_id", APP_ID);
        parameters.put("sign_type", "RSA2");
        parameters.put("seller_id", SELLER_ID);
        return parameters;
    }

    /** A notification body signed as Alipay signs it (UTF-8, empty values left out). */
    public static String signedNotification(Map<String, String> parameters) {
        return signedNotification(parameters, AlipayTestKeys.ALIPAY.getPrivate(), StandardCharsets.UTF_8, false);
    }

    /**
     * A notification body: the parameters in {@code charset}, form-encoded, with {@code sign} made by
     * {@code key} over the sorted parameters without sign, sign_type (and empty values unless
     * {@code keepEmpty}, as Alipay's SDK verifies).
     */
    public static String signedNotification(Map<String, String> parameters, PrivateKey key, Charset charset,
            boolean keepEmpty) {
        String content = parameters.entrySet().stream()
                .filter(p -> !p.getKey().equals("sign") && !p.getKey().equals("sign_type"))
                .filter(p -> keepEmpty || !p.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(joining("&"));
        Map<String, String> signed = new LinkedHashMap<>(parameters);
        signed.put("sign", AlipayTestKeys.sign(content, key, charset));
        return signed.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), charset) + "=" + URLEncoder.encode(p.getValue(), charset))
                .collect(joining("&"));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String part : body.split("&")) {
                String[] pair = part.split("=", 2);
                parameters.put(URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8));
            }
            boolean signatureValid = requestSignatureValid(parameters);
            JsonNode biz = JSON.readTree(parameters.getOrDefault("biz_content", "{}"));
            received.add(new Received(parameters, biz, exchange.getRequestHeaders().getFirst("Content-Type"),
                    signatureValid));
            Fault now = fault;
            if (now == Fault.SLOW) {
                Thread.sleep(slowness.toMillis());
            }
            if (now == Fault.HTTP_502) {
                send(exchange, 502, "<html><body>502 Bad Gateway</body></html>");
                return;
            }
            String method = parameters.getOrDefault("method", "");
            ObjectNode response = !commonParametersValid(parameters) ? failure("40002", "isv.invalid-parameter")
                    : !APP_ID.equals(parameters.get("app_id")) ? failure("40002", "isv.invalid-app-id")
                    : !signatureValid ? failure("40002", "isv.invalid-signature")
                    : now == Fault.BUSY ? failure("20000", "isp.unknow-error")
                    : answer(method, biz);
            if (now == Fault.ANOTHER_ORDER) {
                response.put("out_trade_no", "SOMEONE_ELSES_ORDER");
            }
            send(exchange, 200, signedAnswer(method.replace('.', '_') + "_response", JSON.writeValueAsString(response),
                    now));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean requestSignatureValid(Map<String, String> parameters) {
        String content = parameters.entrySet().stream()
                .filter(p -> !p.getKey().equals("sign") && !p.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .map(p -> p.getKey() + "=" + p.getValue())
                .collect(joining("&"));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(appPublicKey);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(parameters.getOrDefault("sign", "")));
        } catch (Exception notValid) {
            return false;
        }
    }

    private static boolean commonParametersValid(Map<String, String> parameters) {
        return "JSON".equals(parameters.get("format")) && "utf-8".equals(parameters.get("charset"))
                && "RSA2".equals(parameters.get("sign_type")) && "1.0".equals(parameters.get("version"))
                && parameters.getOrDefault("timestamp", "").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")
                && parameters.containsKey("biz_content");
    }

    private ObjectNode answer(String method, JsonNode biz) {
        String outTradeNo = biz.path("out_trade_no").asString("");
        Trade trade = trades.get(outTradeNo);
        return switch (method) {
            case "alipay.trade.precreate" -> precreate(biz, outTradeNo);
            case "alipay.trade.query" -> trade == null || trade.status == null
                    ? failure("40004", "ACQ.TRADE_NOT_EXIST").put("out_trade_no", outTradeNo)
                    : query(trade);
            case "alipay.trade.close" -> trade == null || trade.status == null
                    ? failure("40004", "ACQ.TRADE_NOT_EXIST")
                    : !trade.status.equals("WAIT_BUYER_PAY") ? failure("40004", "ACQ.TRADE_STATUS_ERROR")
                    : closed(trade);
            case "alipay.trade.refund" -> refund(trade, biz);
            case "alipay.trade.fastpay.refund.query" -> refundQuery(trade, biz);
            default -> failure("40004", "isv.invalid-method");
        };
    }

    private ObjectNode precreate(JsonNode biz, String outTradeNo) {
        String amount = biz.path("total_amount").asString("");
        if (!amount.matches("\\d+\\.\\d{2}") || biz.path("subject").asString("").isEmpty()
                || !biz.path("time_expire").asString("").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")) {
            return failure("40004", "ACQ.INVALID_PARAMETER");
        }
        long fen = new BigDecimal(amount).movePointRight(2).longValueExact();
        trades.put(outTradeNo, new Trade(outTradeNo, fen, "20250301220014778405" + String.format("%08d",
                numbers.incrementAndGet())));
        return success().put("out_trade_no", outTradeNo)
                .put("qr_code", "https://qr.alipay.com/bax0" + numbers.incrementAndGet() + "aBcD");
    }

    private ObjectNode query(Trade trade) {
        ObjectNode answer = success().put("trade_no", trade.tradeNo).put("out_trade_no", trade.outTradeNo)
                .put("buyer_logon_id", "159****5620").put("trade_status", trade.status)
                .put("total_amount", Yuan.of(trade.fen)).put("buyer_user_id", BUYER_ID);
        if (!trade.status.equals("WAIT_BUYER_PAY")) {
            answer.put("send_pay_date", "2025-03-01 10:30:12").put("receipt_amount", Yuan.of(trade.fen));
        }
        return answer;
    }

    private ObjectNode closed(Trade trade) {
        trade.status = "TRADE_CLOSED";
        return success().put("trade_no", trade.tradeNo).put("out_trade_no", trade.outTradeNo);
    }

    private ObjectNode refund(Trade trade, JsonNode biz) {
        if (trade == null || trade.status == null) {
            return failure("40004", "ACQ.TRADE_NOT_EXIST");
        }
        String requestNo = biz.path("out_request_no").asString("");
        long fen = new BigDecimal(biz.path("refund_amount").asString("0")).movePointRight(2).longValueExact();
        boolean repeat = trade.refunds.containsKey(requestNo);
        if (!repeat) {
            if (!trade.status.equals("TRADE_SUCCESS")) {
                return failure("40004", "ACQ.TRADE_STATUS_ERROR");
            }
            if (fen > trade.fen - trade.refunded()) {
                return failure("40004", "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL");
            }
            trade.refunds.put(requestNo, fen);
            if (trade.refunded() == trade.fen) {
                trade.status = "TRADE_CLOSED";
            }
        }
        return success().put("trade_no", trade.tradeNo).put("out_trade_no", trade.outTradeNo)
                .put("buyer_logon_id", "159****5620").put("fund_change", repeat ? "N" : "Y")
                .put("refund_fee", Yuan.of(trade.refunded()));
    }

    private ObjectNode refundQuery(Trade trade, JsonNode biz) {
        if (trade == null || trade.status == null) {
            return failure("40004", "ACQ.TRADE_NOT_EXIST");
        }
        String requestNo = biz.path("out_request_no").asString("");
        Long fen = trade.refunds.get(requestNo);
        ObjectNode answer = success().put("trade_no", trade.tradeNo).put("out_trade_no", trade.outTradeNo)
                .put("out_request_no", requestNo);
        if (fen != null) {
            answer.put("total_amount", Yuan.of(trade.fen)).put("refund_amount", Yuan.of(fen))
                    .put("refund_status", "REFUND_SUCCESS");
        }
        return answer;
    }

    private static ObjectNode success() {
        return JSON.createObjectNode().put("code", "10000").put("msg", "Success");
    }

    private static ObjectNode failure(String code, String subCode) {
        String msg = switch (code) {
            case "20000" -> "Service Currently Unavailable";
            case "40002" -> "Invalid Arguments";
            default -> "Business Failed";
        };
        return JSON.createObjectNode().put("code", code).put("msg", msg).put("sub_code", subCode)
                .put("sub_msg", "替身网关：" + subCode);
    }

    private String signedAnswer(String node, String content, Fault now) {
        KeyPair signer = now == Fault.SIGNED_BY_FORGER ? AlipayTestKeys.FORGER : AlipayTestKeys.ALIPAY;
        String sign = AlipayTestKeys.sign(content, signer.getPrivate(), StandardCharsets.UTF_8);
        String sent = tamper.apply(now == Fault.ESCAPED_SLASHES ? content.replace("/", "\\/") : content);
        String answer = "{\"" + node + "\":" + sent + (now == Fault.UNSIGNED ? "" : ",\"sign\":\"" + sign + "\"") + "}";
        return now == Fault.HUGE ? answer + " ".repeat(AlipayClient.MAX_ANSWER_BYTES) : answer;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "text/html;charset=utf-8" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
