package org.parkgate.billing.provider.wechat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parkgate.billing.provider.InvalidNotificationException;
import org.parkgate.billing.provider.BoundedHttp;
import org.parkgate.billing.provider.ProviderException;
import org.parkgate.billing.provider.RsaSha256;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to the WeChat Pay API v3 with the JDK's HTTP client: each request signed with the
 * merchant's key ({@code Authorization: WECHATPAY2-SHA256-RSA2048 mchid=...,nonce_str=...,
 * signature=...,timestamp=...,serial_no=...}, SHA256withRSA over {@code "<METHOD>\n<path?query>\n
 * <timestamp>\n<nonce>\n<body>\n"}), each successful answer's signature verified, and an error
 * answer's when it carries one ({@link WechatPaySignatures}: so "no such order" proves the WeChat
 * Pay key too when an admin tests the settings), over {@link BoundedHttp} (bodies at most
 * {@code maxBodyBytes}, the whole call within the connect plus read time-outs). An error answer is returned with its status and WeChat's error
 * code for the caller to judge; unreachable, too slow, too large or not authentic is a
 * {@link ProviderException}.
 */
final class WechatPayClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NONCE_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** An answer: HTTP status, body, and (for errors) WeChat Pay's error code. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The JSON body; a {@link ProviderException} when it is not JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException unreadable) {
                throw new ProviderException("WeChat Pay answered " + status + " with a body that is not JSON");
            }
        }

        /** WeChat Pay's error code ({@code ORDER_NOT_EXIST}, ...), or empty. */
        String errorCode() {
            try {
                return JSON.readTree(body).path("code").asString("");
            } catch (RuntimeException unreadable) {
                return "";
            }
        }
    }

    private final WechatPayCredentials credentials;
    private final WechatPaySignatures signatures;
    private final Clock clock;
    private final BoundedHttp http;

    WechatPayClient(WechatPayCredentials credentials, WechatPaySignatures signatures, Clock clock,
            Duration connectTimeout, Duration readTimeout, long maxBodyBytes) {
        this.credentials = credentials;
        this.signatures = signatures;
        this.clock = clock;
        this.http = new BoundedHttp(connectTimeout, readTimeout, maxBodyBytes);
    }

    /** Ends the client's connections once the calls under way have ended. */
    @Override
    public void close() {
        http.close();
    }

    Answer get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    Answer post(String path, String jsonBody) {
        return call("POST", path, jsonBody);
    }

    private Answer call(String method, String pathAndQuery, @Nullable String body) {
        String text = body == null ? "" : body;
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = nonce();
        String signature = RsaSha256.sign(credentials.merchantKey,
                method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + text + "\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(credentials.baseUrl + pathAndQuery))
                .header("Authorization", "WECHATPAY2-SHA256-RSA2048 mchid=\"" + credentials.mchid + "\",nonce_str=\""
                        + nonce + "\",signature=\"" + signature + "\",timestamp=\"" + timestamp + "\",serial_no=\""
                        + credentials.merchantSerial + "\"")
                .header("Accept", "application/json")
                .header("User-Agent", "ParkGate (Java " + Runtime.version().feature() + ")")
                .header("Wechatpay-Serial", credentials.wechatPayKeyId);
        request = body == null ? request.GET()
                : request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request);
        } catch (BoundedHttp.Unanswered unanswered) {
            throw new ProviderException("WeChat Pay, " + method + " " + pathAndQuery + ": " + unanswered.getMessage(),
                    unanswered);
        }
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        HttpHeaders headers = response.headers();
        boolean success = response.statusCode() >= 200 && response.statusCode() < 300;
        if (success || headers.firstValue("wechatpay-signature").isPresent()) { // errors are signed too, mostly
            try {
                signatures.verify(name -> headers.firstValue(name.toLowerCase(Locale.ROOT)).orElse(null), answer);
            } catch (InvalidNotificationException notAuthentic) {
                throw new ProviderException("WeChat Pay's answer to " + method + " " + pathAndQuery
                        + " is not authentic: " + notAuthentic.getMessage());
            }
        }
        return new Answer(response.statusCode(), answer);
    }

    private static String nonce() {
        StringBuilder nonce = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            nonce.append(NONCE_CHARACTERS.charAt(RANDOM.nextInt(NONCE_CHARACTERS.length())));
        }
        return nonce.toString();
    }
}
