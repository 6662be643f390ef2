package org.parkgate.billing.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.parkgate.base.HmacSignature;

/**
 * The sandbox's signature header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>}.
 */
public final class SandboxSignature {

    private SandboxSignature() {
    }

    public static String header(String secret, long unixSeconds, String rawBody) {
        return HmacSignature.header(secret, unixSeconds, rawBody);
    }

    /** The time in the header when the signature matches; else an {@link InvalidNotificationException}. */
    static long verify(String secret, String header, String rawBody) {
        long t = -1;
        String v1 = null;
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    t = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    throw new InvalidNotificationException("signature time unreadable");
                }
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        if (t < 0 || v1 == null) {
            throw new InvalidNotificationException("signature missing");
        }
        byte[] expected = hmac(secret, t + "." + rawBody).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, v1.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidNotificationException("signature does not match");
        }
        return t;
    }

    private static String hmac(String secret, String text) {
        return HmacSignature.hex(secret, text);
    }
}
