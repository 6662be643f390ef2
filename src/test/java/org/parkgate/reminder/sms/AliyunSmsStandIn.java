package org.parkgate.reminder.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server standing in for Alibaba Cloud's SMS API (Dysmsapi, version 2017-05-25, RPC
 * style), written from the provider's published protocol and sharing no code with ParkGate. It
 * takes the parameters from the query string (GET) or from a form-encoded body (POST) and checks,
 * for every action, the common parameters (Format JSON, Version, AccessKeyId, SignatureMethod
 * HMAC-SHA1, SignatureVersion 1.0, a SignatureNonce never used before, a UTC Timestamp within 15
 * minutes of its {@link #clock(Clock) clock}, RegionId) and the signature, which it works out
 * itself from the access key secret. It then serves SendSms (recording what was sent, or refusing
 * numbers as told) and QuerySendDetails (the delivery outcome set per phone; SendDate is checked
 * for its form only). It answers like Aliyun: JSON with Code, Message and RequestId.
 */
public final class AliyunSmsStandIn extends ProviderStandIn {

    /** What QuerySendDetails reports for a phone: delivered (3), failed (2) or still waiting for a receipt (1). */
    public enum Outcome { DELIVERED, FAILED, WAITING }

    /** One message the stand-in accepted, one per phone of a SendSms request. */
    public record Sent(String phone, String signName, String templateCode, Map<String, String> templateParam,
            String outId, String bizId) {
    }

    private record Answer(int status, Map<String, Object> body) {
    }

    private static final int MAX_BODY = 64 * 1024;
    private static final String HEX = "0123456789ABCDEF";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final List<String> COMMON = List.of("Action", "Format", "Version", "AccessKeyId", "SignatureMethod",
            "SignatureVersion", "SignatureNonce", "Timestamp", "RegionId", "Signature");

    private final String accessKeyId;
    private final String accessKeySecret;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> sentAt = new ConcurrentHashMap<>();
    private final List<String> queriedBizIds = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger bizIds = new AtomicInteger();

    private AliyunSmsStandIn(String accessKeyId, String accessKeySecret) {
        super("aliyun-sms-stand-in");
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
    }

    /** A stand-in listening on a free port of 127.0.0.1 that knows one access key. */
    public static AliyunSmsStandIn start(String accessKeyId, String accessKeySecret) {
        AliyunSmsStandIn standIn = new AliyunSmsStandIn(accessKeyId, accessKeySecret);
        return standIn.started(standIn);
    }

    /** What QuerySendDetails reports for messages to {@code phone} (DELIVERED unless told). */
    public void deliveryOutcome(String phone, Outcome outcome) {
        outcomes.put(phone, outcome);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The BizId of every QuerySendDetails that passed the checks, in order. */
    public List<String> queriedBizIds() {
        return List.copyOf(queriedBizIds);
    }

    /**
     * Aliyun's RPC signature (version 1.0): every parameter but Signature, percent-encoded and sorted
     * by name, is signed as {@code METHOD&%2F&encoded-query} with HMAC-SHA1 under {@code secret + "&"}.
     */
    public static String signatureOf(String method, Map<String, String> params, String secret) {
        Map<String, String> sorted = new TreeMap<>();
        params.forEach((name, value) -> {
            if (!name.equals("Signature")) {
                sorted.put(percentEncode(name), percentEncode(value));
            }
        });
        String canonical = sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        String toSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonical);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(UTF_8)) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    @Override
    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = answer(exchange);
            } catch (IllegalArgumentException e) {
                answer = error(400, "InvalidParameter", "The request could not be decoded.");
            } catch (RuntimeException e) {
                answer = error(500, "InternalError", String.valueOf(e.getMessage()));
            }
            respond(exchange, answer.status(), answer.body());
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!exchange.getRequestURI().getPath().equals("/")) {
            return error(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        }
        Map<String, String> params = new LinkedHashMap<>();
        decodeInto(exchange.getRequestURI().getRawQuery(), params);
        if (method.equals("POST")) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                return error(400, "UnsupportedContentType", "Parameters are sent as application/x-www-form-urlencoded.");
            }
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                return error(413, "RequestEntityTooLarge", "The request body is larger than 64 KiB.");
            }
            decodeInto(new String(body, UTF_8), params);
        } else if (!method.equals("GET")) {
            return error(405, "UnsupportedHTTPMethod", "Only GET and POST are served.");
        }
        for (String name : COMMON) {
            if (params.getOrDefault(name, "").isBlank()) {
                return error(400, "Missing" + name, name + " is mandatory for this action.");
            }
        }
        for (String[] expected : new String[][] {{"Format", "JSON"}, {"Version", "2017-05-25"},
                {"SignatureMethod", "HMAC-SHA1"}, {"SignatureVersion", "1.0"}}) {
            if (!params.get(expected[0]).equals(expected[1])) {
                return error(400, "Invalid" + expected[0], "Specified parameter " + expected[0] + " is not valid.");
            }
        }
        if (!params.get("AccessKeyId").equals(accessKeyId)) {
            return error(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        Instant timestamp;
        try {
            timestamp = LocalDateTime.parse(params.get("Timestamp"), TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return error(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(timestamp, clock().instant()).abs().compareTo(Duration.ofMinutes(15)) > 0) {
            return error(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        String expected = signatureOf(method, params, accessKeySecret);
        if (!MessageDigest.isEqual(expected.getBytes(UTF_8), params.get("Signature").getBytes(UTF_8))) {
            signatureRefused();
            return error(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
        }
        if (!nonces.add(params.get("SignatureNonce"))) {
            return error(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        return switch (params.get("Action")) {
            case "SendSms" -> sendSms(params);
            case "QuerySendDetails" -> querySendDetails(params);
            default -> error(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        };
    }

    private Answer sendSms(Map<String, String> params) {
        Answer missing = missing(params, "PhoneNumbers", "SignName", "TemplateCode");
        if (missing != null) {
            return missing;
        }
        Map<String, String> templateParam = Map.of();
        String raw = params.get("TemplateParam");
        if (raw != null) {
            JsonNode node;
            try {
                node = JSON.readTree(raw);
            } catch (JacksonException e) {
                node = null;
            }
            if (node == null || !node.isObject()) {
                return error(200, "isv.INVALID_JSON_PARAM", "JSON parameter is not valid.");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                JsonNode value = entry.getValue();
                values.put(entry.getKey(), value.isValueNode() ? value.asString() : value.toString());
            }
            templateParam = Collections.unmodifiableMap(values);
        }
        List<String> phones = Arrays.stream(params.get("PhoneNumbers").split(",")).map(String::trim).toList();
        if (phones.stream().anyMatch(this::refuses)) {
            return error(200, "isv.MOBILE_NUMBER_ILLEGAL", "invalid mobile number");
        }
        String bizId = "%06d^0".formatted(bizIds.incrementAndGet());
        sentAt.put(bizId, clock().instant());
        for (String phone : phones) {
            sent.add(new Sent(phone, params.get("SignName"), params.get("TemplateCode"), templateParam,
                    params.get("OutId"), bizId));
        }
        Map<String, Object> body = ok();
        body.put("BizId", bizId);
        return new Answer(200, body);
    }

    private Answer querySendDetails(Map<String, String> params) {
        Answer missing = missing(params, "PhoneNumber", "BizId", "SendDate", "PageSize", "CurrentPage");
        if (missing != null) {
            return missing;
        }
        int pageSize;
        int currentPage;
        try {
            LocalDate.parse(params.get("SendDate"), DateTimeFormatter.BASIC_ISO_DATE);
            pageSize = Integer.parseInt(params.get("PageSize"));
            currentPage = Integer.parseInt(params.get("CurrentPage"));
        } catch (DateTimeParseException | NumberFormatException e) {
            return error(200, "isv.INVALID_PARAMETERS", "SendDate, PageSize or CurrentPage is not valid.");
        }
        if (pageSize < 1 || pageSize > 50 || currentPage < 1) {
            return error(200, "isv.INVALID_PARAMETERS", "PageSize is 1 to 50 and CurrentPage at least 1.");
        }
        String bizId = params.get("BizId");
        queriedBizIds.add(bizId);
        List<Map<String, Object>> details = new ArrayList<>();
        for (Sent message : sent) {
            if (message.bizId().equals(bizId) && message.phone().equals(params.get("PhoneNumber"))) {
                details.add(detail(message));
            }
        }
        int from = (int) Math.min((long) (currentPage - 1) * pageSize, details.size());
        Map<String, Object> body = ok();
        body.put("TotalCount", details.size());
        body.put("SmsSendDetailDTOs", Map.of("SmsSendDetailDTO",
                details.subList(from, Math.min(from + pageSize, details.size()))));
        return new Answer(200, body);
    }

    private Map<String, Object> detail(Sent message) {
        Outcome outcome = outcomes.getOrDefault(message.phone(), Outcome.DELIVERED);
        Instant at = sentAt.getOrDefault(message.bizId(), clock().instant());
        Instant now = clock().instant();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("PhoneNum", message.phone());
        detail.put("SendStatus", switch (outcome) { case WAITING -> 1; case FAILED -> 2; case DELIVERED -> 3; });
        detail.put("ErrCode", switch (outcome) { case WAITING -> ""; case FAILED -> "IS:0001"; case DELIVERED -> "DELIVERED"; });
        detail.put("TemplateCode", message.templateCode());
        detail.put("Content", "【" + message.signName() + "】" + message.templateCode() + " " + message.templateParam());
        detail.put("SendDate", SHOWN.format(at.atZone(BEIJING)));
        if (outcome != Outcome.WAITING) {
            detail.put("ReceiveDate", SHOWN.format((now.isAfter(at) ? now : at).atZone(BEIJING)));
        }
        if (message.outId() != null) {
            detail.put("OutId", message.outId());
        }
        return detail;
    }

    private static Answer missing(Map<String, String> params, String... names) {
        for (String name : names) {
            if (params.getOrDefault(name, "").isBlank()) {
                return error(400, "Missing" + name, name + " is mandatory for this action.");
            }
        }
        return null;
    }

    private static void decodeInto(String raw, Map<String, String> params) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
                params.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8));
            }
        }
    }

    private static Map<String, Object> ok() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Code", "OK");
        body.put("Message", "OK");
        body.put("RequestId", requestId());
        return body;
    }

    private static Answer error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Code", code);
        body.put("Message", message);
        body.put("RequestId", requestId());
        return new Answer(status, body);
    }

    private static String requestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
