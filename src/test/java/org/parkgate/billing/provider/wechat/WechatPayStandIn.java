package org.parkgate.billing.provider.wechat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.parkgate.AppTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for WeChat Pay API v3 inside the test JVM, speaking its real protocol with keys made
 * for the test run: it refuses every request whose {@code Authorization: WECHATPAY2-SHA256-RSA2048}
 * signature does not verify with the merchant's public key, signs its answers with its own
 * "WeChat Pay public key" ({@code Wechatpay-Serial/-Timestamp/-Nonce/-Signature}), keeps the
 * orders made with Native prepay, and sends notifications encrypted with the APIv3 key and signed
 * like WeChat Pay's, to the notify URL the order named, over HTTP. It can also fail as the real
 * one may: drop the connection, answer 500, answer too late, sign with a wrong key.
 */
public final class WechatPayStandIn implements AutoCloseable {

    public static final String MCHID = "1900000109";
    public static final String APPID = "wxd678efh567hg6787";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092026061000000000";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern AUTH_PART = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** How it answers. */
    public enum Mode { NORMAL, DROP_CONNECTION, ERROR_500, SLOW, WRONG_SIGNATURE }

    /** An order as WeChat Pay keeps it. */
    public static final class Order {
        final String outTradeNo;
        final JsonNode prepay;
        volatile String state = "NOTPAY";
        volatile String transactionId = "";
        volatile String successTime = "";
        public final String codeUrl;

        Order(String outTradeNo, JsonNode prepay, String codeUrl) {
            this.outTradeNo = outTradeNo;
            this.prepay = prepay;
            this.codeUrl = codeUrl;
        }

        public long total() {
            return prepay.path("amount").path("total").longValue();
        }

        public String notifyUrl() {
            return prepay.path("notify_url").asString();
        }
    }

    /** A refund as WeChat Pay keeps it. */
    public static final class Refund {
        public final JsonNode request;
        public final String refundId = "50300" + Long.toString(Math.abs(RANDOM.nextLong()));
        volatile String status = "PROCESSING";

        Refund(JsonNode request) {
            this.request = request;
        }
    }

    /** A notification as sent: its headers and body. */
    public record Notification(Map<String, String> headers, String body) {

        /** The same headers with another body: the signature no longer matches it. */
        Notification withBody(String other) {
            return new Notification(headers, other);
        }
    }

    private final KeyPair merchant = rsa();
    private final KeyPair wechatPay = rsa();
    private final KeyPair impostor = rsa();
    private final String apiV3Key = randomText(32);
    private final HttpServer server;
    /** Daemon threads: the stand-in lives as long as the test JVM's cached application context may call it. */
    private final ExecutorService threads = Executors.newFixedThreadPool(4, work -> {
        Thread thread = new Thread(work, "wechatpay-stand-in");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, Refund> refunds = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusedRequests = Collections.synchronizedList(new ArrayList<>());
    private volatile Mode mode = Mode.NORMAL;
    private volatile Supplier<Instant> clock = Instant::now;
    private final Path privateKeyFile;
    private final Path publicKeyFile;

    private WechatPayStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        Path dir = AppTestSupport.newTempDir("wechatpay-keys-");
        privateKeyFile = dir.resolve("apiclient_key.pem");
        publicKeyFile = dir.resolve("pub_key.pem");
        write(privateKeyFile, pem("PRIVATE KEY", merchant.getPrivate().getEncoded()));
        write(publicKeyFile, pem("PUBLIC KEY", wechatPay.getPublic().getEncoded()));
    }

    public static WechatPayStandIn start() {
        return new WechatPayStandIn();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String apiV3Key() {
        return apiV3Key;
    }

    public Path merchantPrivateKeyFile() {
        return privateKeyFile;
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    /** The time it signs with and checks against: the application's clock. */
    public void useClock(Supplier<Instant> now) {
        this.clock = now;
    }

    public void mode(Mode next) {
        this.mode = next;
    }

    /** Back to answering normally, with nothing recorded about calls and refusals. */
    public void reset() {
        mode = Mode.NORMAL;
        calls.clear();
        refusedRequests.clear();
    }

    public Order order(String outTradeNo) {
        return orders.get(outTradeNo);
    }

    public Refund refundOf(String outTradeNo) {
        return refunds.values().stream().filter(r -> r.request.path("out_trade_no").asString().equals(outTradeNo))
                .findFirst().orElse(null);
    }

    /** "METHOD path" of every request it accepted, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** Why each refused request was refused (a wrong signature of ParkGate's). */
    public List<String> refusedRequests() {
        return List.copyOf(refusedRequests);
    }

    /** The payer scanned the code and paid. */
    public void pay(String outTradeNo) {
        Order order = orders.get(outTradeNo);
        order.state = "SUCCESS";
        order.transactionId = "4200000" + Long.toString(Math.abs(RANDOM.nextLong()));
        order.successTime = OffsetDateTime.ofInstant(clock.get(), ZoneOffset.ofHours(8)).withNano(0).toString();
    }

    /** WeChat Pay got the money back to the payer. */
    public void completeRefund(String outTradeNo) {
        refundOf(outTradeNo).status = "SUCCESS";
    }

    /** The transaction as WeChat Pay reports a paid order (a notification's resource, a query's answer). */
    public Map<String, Object> transaction(String outTradeNo) {
        Order order = orders.get(outTradeNo);
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("mchid", MCHID);
        transaction.put("appid", APPID);
        transaction.put("out_trade_no", outTradeNo);
        transaction.put("transaction_id", order.transactionId);
        transaction.put("trade_type", "NATIVE");
        transaction.put("trade_state", order.state);
        transaction.put("trade_state_desc", order.state.equals("SUCCESS") ? "支付成功" : "");
        transaction.put("bank_type", "OTHERS");
        transaction.put("attach", "");
        if (!order.successTime.isEmpty()) {
            transaction.put("success_time", order.successTime);
        }
        transaction.put("payer", Map.of("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("total", order.total());
        amount.put("payer_total", order.total());
        amount.put("currency", "CNY");
        amount.put("payer_currency", "CNY");
        transaction.put("amount", amount);
        return transaction;
    }

    /** The notification of the order's payment, as WeChat Pay sends it now. */
    public Notification notification(String eventId, String outTradeNo) {
        return notification(eventId, transaction(outTradeNo));
    }

    /** A notification of this transaction: encrypted with the APIv3 key, signed at the clock's time. */
    public Notification notification(String eventId, Map<String, Object> transaction) {
        String nonce = randomText(12);
        String associatedData = "transaction";
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("original_type", "transaction");
        resource.put("algorithm", "AEAD_AES_256_GCM");
        resource.put("ciphertext", encrypt(JSON.writeValueAsString(transaction), nonce, associatedData));
        resource.put("associated_data", associatedData);
        resource.put("nonce", nonce);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("create_time", OffsetDateTime.ofInstant(clock.get(), ZoneOffset.ofHours(8)).withNano(0).toString());
        body.put("resource_type", "encrypt-resource");
        body.put("event_type", "TRANSACTION.SUCCESS");
        body.put("summary", "支付成功");
        body.put("resource", resource);
        return signed(JSON.writeValueAsString(body), clock.get(), wechatPay.getPrivate());
    }

    /** {@code body} signed like WeChat Pay's at {@code at}. */
    public Notification signed(String body, Instant at) {
        return signed(body, at, wechatPay.getPrivate());
    }

    /** {@code body} signed at the clock's time with a key that is not WeChat Pay's. */
    public Notification forged(String body) {
        return signed(body, clock.get(), impostor.getPrivate());
    }

    private Notification signed(String body, Instant at, PrivateKey key) {
        String timestamp = Long.toString(at.getEpochSecond());
        String nonce = randomText(32);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", PUBLIC_KEY_ID);
        headers.put("Wechatpay-Timestamp", timestamp);
        headers.put("Wechatpay-Nonce", nonce);
        headers.put("Wechatpay-Signature", sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"));
        headers.put("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
        return new Notification(headers, body);
    }

    /** POSTs the notification to {@code url} over HTTP, as WeChat Pay does. */
    public HttpResponse<String> send(String url, Notification notification) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "*/*")
                .header("User-Agent", "Mozilla/4.0")
                .POST(HttpRequest.BodyPublishers.ofString(notification.body(), StandardCharsets.UTF_8));
        notification.headers().forEach(request::header);
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    // --- the server side -------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            switch (mode) {
                case DROP_CONNECTION -> {
                    return; // closed without an answer
                }
                case ERROR_500 -> {
                    answer(exchange, 500, "{\"code\":\"SYSTEM_ERROR\",\"message\":\"系统异常，请稍后重试\"}");
                    return;
                }
                case SLOW -> {
                    try {
                        Thread.sleep(5000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                default -> {
                }
            }
            String refusal = authorizationRefused(exchange, method, target, body);
            if (refusal != null) {
                refusedRequests.add(method + " " + target + ": " + refusal);
                answer(exchange, 401, "{\"code\":\"SIGN_ERROR\",\"message\":\"" + refusal + "\"}");
                return;
            }
            calls.add(method + " " + exchange.getRequestURI().getRawPath());
            route(exchange, method, exchange.getRequestURI().getRawPath(), body);
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        Matcher byNo = Pattern.compile("/v3/pay/transactions/out-trade-no/([^/?]+)(/close)?").matcher(path);
        Matcher refundByNo = Pattern.compile("/v3/refund/domestic/refunds/([^/?]+)").matcher(path);
        if (method.equals("POST") && path.equals("/v3/pay/transactions/native")) {
            JsonNode prepay = JSON.readTree(body);
            if (!prepay.path("mchid").asString().equals(MCHID) || !prepay.path("appid").asString().equals(APPID)) {
                answer(exchange, 400, "{\"code\":\"PARAM_ERROR\",\"message\":\"mchid or appid\"}");
                return;
            }
            String no = prepay.path("out_trade_no").asString();
            Order order = orders.computeIfAbsent(no,
                    key -> new Order(key, prepay, "weixin://wxpay/bizpayurl?pr=" + randomText(7)));
            answer(exchange, 200, "{\"code_url\":\"" + order.codeUrl + "\"}");
        } else if (method.equals("GET") && byNo.matches() && byNo.group(2) == null) {
            Order order = orders.get(byNo.group(1));
            if (order == null) {
                answer(exchange, 404, "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}");
                return;
            }
            answer(exchange, 200, JSON.writeValueAsString(transaction(order.outTradeNo)));
        } else if (method.equals("POST") && byNo.matches() && byNo.group(2) != null) {
            Order order = orders.get(byNo.group(1));
            if (order == null) {
                answer(exchange, 404, "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"订单不存在\"}");
            } else if (order.state.equals("SUCCESS")) {
                answer(exchange, 400, "{\"code\":\"ORDERPAID\",\"message\":\"订单已支付\"}");
            } else {
                order.state = "CLOSED";
                answer(exchange, 204, "");
            }
        } else if (method.equals("POST") && path.equals("/v3/refund/domestic/refunds")) {
            JsonNode request = JSON.readTree(body);
            Order order = orders.get(request.path("out_trade_no").asString());
            if (order == null || !order.state.equals("SUCCESS")
                    || request.path("amount").path("total").longValue() != order.total()) {
                answer(exchange, 400, "{\"code\":\"INVALID_REQUEST\",\"message\":\"订单状态或金额不符\"}");
                return;
            }
            Refund refund = refunds.computeIfAbsent(request.path("out_refund_no").asString(), key -> new Refund(request));
            answer(exchange, 200, refundAnswer(refund));
        } else if (method.equals("GET") && refundByNo.matches()) {
            Refund refund = refunds.get(refundByNo.group(1));
            if (refund == null) {
                answer(exchange, 404, "{\"code\":\"RESOURCE_NOT_EXISTS\",\"message\":\"退款单不存在\"}");
                return;
            }
            answer(exchange, 200, refundAnswer(refund));
        } else {
            answer(exchange, 404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such API\"}");
        }
    }

    private static String refundAnswer(Refund refund) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("refund_id", refund.refundId);
        answer.put("out_refund_no", refund.request.path("out_refund_no").asString());
        answer.put("out_trade_no", refund.request.path("out_trade_no").asString());
        answer.put("channel", "ORIGINAL");
        answer.put("status", refund.status);
        answer.put("amount", Map.of("refund", refund.request.path("amount").path("refund").longValue(),
                "total", refund.request.path("amount").path("total").longValue(), "currency", "CNY"));
        return JSON.writeValueAsString(answer);
    }

    /** Why ParkGate's request signature is refused, or null when it verifies. */
    private String authorizationRefused(HttpExchange exchange, String method, String target, String body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String scheme = "WECHATPAY2-SHA256-RSA2048 ";
        if (authorization == null || !authorization.startsWith(scheme)) {
            return "no WECHATPAY2-SHA256-RSA2048 authorization";
        }
        if (exchange.getRequestHeaders().getFirst("User-Agent") == null) {
            return "no User-Agent";
        }
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher part = AUTH_PART.matcher(authorization.substring(scheme.length()));
        while (part.find()) {
            parts.put(part.group(1), part.group(2));
        }
        if (!MCHID.equals(parts.get("mchid")) || !MERCHANT_SERIAL.equals(parts.get("serial_no"))) {
            return "mchid or serial_no wrong";
        }
        String nonce = parts.get("nonce_str");
        String timestamp = parts.get("timestamp");
        if (nonce == null || timestamp == null || parts.get("signature") == null) {
            return "nonce_str, timestamp and signature required";
        }
        if (Math.abs(Long.parseLong(timestamp) - clock.get().getEpochSecond()) > 300) {
            return "timestamp too far off";
        }
        String message = method + "\n" + target + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        return verify(merchant.getPublic(), message, parts.get("signature")) ? null : "signature does not verify";
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.get().getEpochSecond());
        String nonce = randomText(32);
        PrivateKey key = mode == Mode.WRONG_SIGNATURE ? impostor.getPrivate() : wechatPay.getPrivate();
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().add("Request-ID", randomText(16));
        exchange.getResponseHeaders().add("Wechatpay-Serial", PUBLIC_KEY_ID);
        exchange.getResponseHeaders().add("Wechatpay-Timestamp", timestamp);
        exchange.getResponseHeaders().add("Wechatpay-Nonce", nonce);
        exchange.getResponseHeaders().add("Wechatpay-Signature", sign(key, timestamp + "\n" + nonce + "\n" + body + "\n"));
        exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            exchange.getResponseBody().write(bytes);
        }
    }

    // --- keys and ciphers ------------------------------------------------------------------------

    private String encrypt(String plain, String nonce, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key.getBytes(StandardCharsets.UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(PrivateKey key, String message) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean verify(PublicKey key, String message, String base64) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(message.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomText(int length) {
        String characters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(characters.charAt(RANDOM.nextInt(characters.length())));
        }
        return text.toString();
    }
}
