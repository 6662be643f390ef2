package org.parkgate.reminder.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.parkgate.base.Sha256;

/**
 * Tencent Cloud API 3.0's request signature TC3-HMAC-SHA256 for a JSON POST: the canonical
 * request (method, "/", no query, the signed headers content-type and host, the SHA-256 of the
 * body), the string to sign (algorithm, timestamp, credential scope {@code <UTC date>/<service>/tc3_request},
 * the canonical request's SHA-256), a key derived from "TC3" + SecretKey through the date, the
 * service and "tc3_request", and the Authorization header that names all of it.
 */
final class TencentTc3Signature {

    static final String ALGORITHM = "TC3-HMAC-SHA256";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String SIGNED_HEADERS = "content-type;host";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private TencentTc3Signature() {
    }

    /** The Authorization header of a POST of {@code body} to {@code host} (as the Host header has it) at {@code timestamp}. */
    static String authorization(String secretId, String secretKey, String service, long timestamp, String host,
            String body) {
        String canonicalRequest = "POST\n/\n\ncontent-type:" + CONTENT_TYPE + "\nhost:" + host.toLowerCase() + "\n\n"
                + SIGNED_HEADERS + "\n" + Sha256.hex(body);
        return ALGORITHM + " Credential=" + secretId + "/" + scope(service, timestamp) + ", SignedHeaders="
                + SIGNED_HEADERS + ", Signature=" + signature(secretKey, service, timestamp, canonicalRequest);
    }

    static String signature(String secretKey, String service, long timestamp, String canonicalRequest) {
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope(service, timestamp) + "\n"
                + Sha256.hex(canonicalRequest);
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, service);
        byte[] secretSigning = hmac(secretService, "tc3_request");
        return HexFormat.of().formatHex(hmac(secretSigning, stringToSign));
    }

    private static String scope(String service, long timestamp) {
        return DATE.format(Instant.ofEpochSecond(timestamp)) + "/" + service + "/tc3_request";
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
