package org.parkgate.base;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature header ParkGate sends and checks on HTTP calls between machines:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>}.
 */
public final class HmacSignature {

    private HmacSignature() {
    }

    public static String header(String secret, long unixSeconds, String rawBody) {
        return "t=" + unixSeconds + ",v1=" + hex(secret, unixSeconds + "." + rawBody);
    }

    /** Lower-case hex HMAC-SHA256 of {@code text} (UTF-8) under {@code secret}. */
    public static String hex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
