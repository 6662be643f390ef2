package org.parkgate.reminder.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local HTTP server standing in for Tencent Cloud's SMS API 3.0 (version 2021-01-11), written
 * from the provider's published protocol and sharing no code with ParkGate. It takes POST "/" with
 * a JSON body and checks the common headers (Content-Type "application/json; charset=utf-8",
 * Host, X-TC-Action, X-TC-Version, an X-TC-Timestamp within 5 minutes of its {@link #clock(Clock)
 * clock}, X-TC-Region) and the TC3-HMAC-SHA256 Authorization, which it works out itself from the
 * secret key over the signed headers and the raw body. It then serves SendSms (recording what was
 * sent and queueing one status report per accepted number, refusing numbers as told) and
 * PullSmsSendStatus (handing each queued report out once). Like Tencent, it answers errors with
 * HTTP 200 and {"Response":{"Error":{"Code","Message"},"RequestId"}}.
 */
public final class TencentSmsStandIn extends ProviderStandIn {

    /** One message the stand-in accepted, one per phone number of a SendSms request. */
    public record Sent(String phone, String signName, String templateId, List<String> templateParams,
            String sessionContext, String serialNo) {
    }

    private record Report(String phone, String serialNo, String sessionContext, Instant sentAt) {
    }

    private record Answer(int status, Map<String, Object> response) {
    }

    private static final int MAX_BODY = 64 * 1024;
    private static final long LEEWAY_SECONDS = 5 * 60;
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Pattern AUTHORIZATION = Pattern.compile("TC3-HMAC-SHA256 Credential=([^/,\\s]+)/([^/,\\s]+)/"
            + "([^/,\\s]+)/tc3_request,\\s*SignedHeaders=([a-z0-9;-]+),\\s*Signature=([0-9a-f]{64})");
    private static final List<String> REQUIRED = List.of("Host", "X-TC-Action", "X-TC-Version", "X-TC-Timestamp",
            "X-TC-Region", "Authorization");
    /** Calling code and ISO code of a few countries, longest codes first, to split numbers as Tencent does. */
    private static final List<String[]> COUNTRIES = List.of(new String[] {"852", "HK"}, new String[] {"853", "MO"},
            new String[] {"886", "TW"}, new String[] {"86", "CN"}, new String[] {"65", "SG"},
            new String[] {"44", "GB"}, new String[] {"1", "US"});

    private final String secretId;
    private final String secretKey;
    private final String smsSdkAppId;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final Queue<Report> reports = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> delivered = new ConcurrentHashMap<>();
    private final AtomicLong serialNos = new AtomicLong();
    private final AtomicInteger pulls = new AtomicInteger();

    private TencentSmsStandIn(String secretId, String secretKey, String smsSdkAppId) {
        super("tencent-sms-stand-in");
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.smsSdkAppId = smsSdkAppId;
    }

    /** A stand-in listening on a free port of 127.0.0.1 that knows one key pair and one SMS application. */
    public static TencentSmsStandIn start(String secretId, String secretKey, String smsSdkAppId) {
        TencentSmsStandIn standIn = new TencentSmsStandIn(secretId, secretKey, smsSdkAppId);
        return standIn.started(standIn);
    }

    /** Whether the status reports pulled for {@code e164Phone} say delivered (they do unless told). */
    public void deliveryOutcome(String e164Phone, boolean wasDelivered) {
        delivered.put(e164Phone, wasDelivered);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** How many PullSmsSendStatus requests passed the checks. */
    public int pulls() {
        return pulls.get();
    }

    /**
     * Tencent's TC3-HMAC-SHA256 signature of a canonical request: the key is derived from
     * {@code "TC3" + secretKey} through the UTC date of {@code timestamp}, the service and
     * "tc3_request", and signs "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + the hex
     * SHA-256 of the canonical request. Answers lower-case hex.
     */
    public static String signatureOf(String secretKey, String service, long timestamp, String canonicalRequest) {
        String date = utcDate(timestamp);
        String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + date + "/" + service + "/tc3_request\n"
                + sha256Hex(canonicalRequest.getBytes(UTF_8));
        byte[] key = hmac(("TC3" + secretKey).getBytes(UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        return HexFormat.of().formatHex(hmac(key, toSign));
    }

    private static String utcDate(long timestamp) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochSecond(timestamp).atOffset(ZoneOffset.UTC));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = answer(exchange);
            } catch (RuntimeException e) {
                answer = error("InternalError", String.valueOf(e.getMessage()));
            }
            Map<String, Object> response = new LinkedHashMap<>(answer.response());
            response.put("RequestId", UUID.randomUUID().toString());
            respond(exchange, answer.status(), Map.of("Response", response));
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/")) {
            return error("UnsupportedProtocol", "Only POST / is served.");
        }
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return new Answer(413, error("RequestSizeLimitExceeded", "The request body is larger than 64 KiB.").response());
        }
        var headers = exchange.getRequestHeaders();
        if (!"application/json; charset=utf-8".equalsIgnoreCase(headers.getFirst("Content-Type"))) {
            return error("InvalidParameter", "Content-Type must be application/json; charset=utf-8.");
        }
        for (String name : REQUIRED) {
            if (headers.getFirst(name) == null || headers.getFirst(name).isBlank()) {
                return error("MissingParameter", "The request is missing a required parameter `" + name + "`.");
            }
        }
        if (!headers.getFirst("X-TC-Version").equals("2021-01-11")) {
            return error("NoSuchVersion", "The requested version does not exist.");
        }
        String timestampHeader = headers.getFirst("X-TC-Timestamp").trim();
        if (!timestampHeader.matches("\\d{1,12}")) {
            return error("InvalidParameter", "X-TC-Timestamp is not a number of seconds.");
        }
        long timestamp = Long.parseLong(timestampHeader);
        if (Math.abs(clock().instant().getEpochSecond() - timestamp) > LEEWAY_SECONDS) {
            return error("AuthFailure.SignatureExpire", "Signature expired: the timestamp is more than 5 minutes off.");
        }
        Matcher auth = AUTHORIZATION.matcher(headers.getFirst("Authorization").trim());
        if (!auth.matches()) {
            return error("AuthFailure.InvalidAuthorization", "The Authorization header is not valid.");
        }
        if (!auth.group(1).equals(secretId)) {
            return error("AuthFailure.SecretIdNotFound", "The SecretId is not found.");
        }
        List<String> signed = Arrays.asList(auth.group(4).split(";"));
        if (!auth.group(2).equals(utcDate(timestamp)) || !auth.group(3).equals("sms")
                || !signed.contains("content-type") || !signed.contains("host")) {
            return signatureFailure();
        }
        StringBuilder canonical = new StringBuilder("POST\n/\n\n");
        for (String name : signed) {
            String value = headers.getFirst(name);
            if (value == null) {
                return signatureFailure();
            }
            canonical.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        canonical.append('\n').append(auth.group(4)).append('\n').append(sha256Hex(body));
        String expected = signatureOf(secretKey, "sms", timestamp, canonical.toString());
        if (!MessageDigest.isEqual(expected.getBytes(UTF_8), auth.group(5).getBytes(UTF_8))) {
            return signatureFailure();
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JacksonException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            return error("InvalidParameter", "The body is not a JSON object.");
        }
        if (!smsSdkAppId.equals(text(request, "SmsSdkAppId"))) {
            return error("FailedOperation.SmsSdkAppIdVerifyFail", "SmsSdkAppId verify failed.");
        }
        return switch (headers.getFirst("X-TC-Action")) {
            case "SendSms" -> sendSms(request);
            case "PullSmsSendStatus" -> pullSmsSendStatus(request);
            default -> error("InvalidAction", "The requested action does not exist.");
        };
    }

    private Answer sendSms(JsonNode request) {
        String signName = text(request, "SignName");
        String templateId = text(request, "TemplateId");
        JsonNode phones = request.path("PhoneNumberSet");
        if (signName == null || templateId == null || !phones.isArray() || phones.isEmpty()) {
            return error("MissingParameter", "PhoneNumberSet, SignName and TemplateId are required.");
        }
        List<String> params = new ArrayList<>();
        for (JsonNode param : request.path("TemplateParamSet")) {
            if (!param.isString()) {
                return error("InvalidParameterValue.TemplateParameterFormatError", "Template parameters are strings.");
            }
            params.add(param.asString());
        }
        String context = text(request, "SessionContext") == null ? "" : text(request, "SessionContext");
        List<Map<String, Object>> statuses = new ArrayList<>();
        for (JsonNode number : phones) {
            String phone = number.isString() ? number.asString() : number.toString();
            if (!E164.matcher(phone).matches()) {
                statuses.add(status("", phone, 0, context, "InvalidParameterValue.IncorrectPhoneNumber",
                        "incorrect number format", ""));
            } else if (refuses(phone)) {
                statuses.add(status("", phone, 0, context, "FailedOperation.PhoneNumberInBlacklist",
                        "phone number in blacklist", country(phone)[1]));
            } else {
                String serialNo = "2640:" + serialNos.incrementAndGet();
                sent.add(new Sent(phone, signName, templateId, List.copyOf(params), context, serialNo));
                reports.add(new Report(phone, serialNo, context, clock().instant()));
                statuses.add(status(serialNo, phone, 1, context, "Ok", "send success", country(phone)[1]));
            }
        }
        return new Answer(200, Map.of("SendStatusSet", statuses));
    }

    private Answer pullSmsSendStatus(JsonNode request) {
        JsonNode limit = request.get("Limit");
        if (limit == null) {
            return error("MissingParameter", "The request is missing a required parameter `Limit`.");
        }
        if (!limit.isIntegralNumber() || limit.asInt() < 1 || limit.asInt() > 100) {
            return error("InvalidParameterValue", "Limit is 1 to 100.");
        }
        pulls.incrementAndGet();
        List<Map<String, Object>> statuses = new ArrayList<>();
        Report report;
        while (statuses.size() < limit.asInt() && (report = reports.poll()) != null) {
            boolean ok = delivered.getOrDefault(report.phone(), true);
            Instant now = clock().instant();
            String[] country = country(report.phone());
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("UserReceiveTime", (now.isAfter(report.sentAt()) ? now : report.sentAt()).getEpochSecond());
            status.put("CountryCode", country[0]);
            status.put("SubscriberNumber", report.phone().substring(1 + country[0].length()));
            status.put("PhoneNumber", report.phone());
            status.put("SerialNo", report.serialNo());
            status.put("ReportStatus", ok ? "SUCCESS" : "FAIL");
            status.put("Description", ok ? "DELIVRD" : "UNDELIV");
            status.put("SessionContext", report.sessionContext());
            statuses.add(status);
        }
        return new Answer(200, Map.of("PullSmsSendStatusSet", statuses));
    }

    private static Map<String, Object> status(String serialNo, String phone, int fee, String context, String code,
            String message, String isoCode) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("SerialNo", serialNo);
        status.put("PhoneNumber", phone);
        status.put("Fee", fee);
        status.put("SessionContext", context);
        status.put("Code", code);
        status.put("Message", message);
        status.put("IsoCode", isoCode);
        return status;
    }

    /** The calling code and ISO code of an E.164 number (the first two digits and "" when not known). */
    private static String[] country(String e164Phone) {
        for (String[] country : COUNTRIES) {
            if (e164Phone.startsWith("+" + country[0])) {
                return country;
            }
        }
        return new String[] {e164Phone.substring(1, Math.min(3, e164Phone.length())), ""};
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isString() ? value.asString() : null;
    }

    private Answer signatureFailure() {
        signatureRefused();
        return error("AuthFailure.SignatureFailure", "The provided credentials could not be validated.");
    }

    private static Answer error(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Code", code);
        error.put("Message", message);
        return new Answer(200, Map.of("Error", error));
    }
}
