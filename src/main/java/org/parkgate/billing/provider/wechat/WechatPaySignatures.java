package org.parkgate.billing.provider.wechat;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.parkgate.billing.provider.InvalidNotificationException;
import org.parkgate.billing.provider.RsaSha256;

/**
 * The signature WeChat Pay puts on its answers and notifications: {@code Wechatpay-Signature}, SHA256withRSA
 * in Base64 over {@code "<Wechatpay-Timestamp>\n<Wechatpay-Nonce>\n<body>\n"}, with the key that
 * {@code Wechatpay-Serial} names, which must be the configured WeChat Pay public key or one of the
 * configured platform certificates. Checked
 * here besides the signature (the official SDK does not): the timestamp within 5 minutes of
 * ParkGate's clock, and no signature probe ({@code WECHATPAY/SIGNTEST/...}, which WeChat Pay sends
 * to see whether merchants verify at all).
 */
final class WechatPaySignatures {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final String PROBE = "WECHATPAY/SIGNTEST/";

    private final WechatPayCredentials credentials;
    private final Clock clock;

    WechatPaySignatures(WechatPayCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * Refuses with {@link InvalidNotificationException} unless {@code body} is signed as above;
     * {@code header} gives a header's value by its name in lower case (null when absent).
     */
    void verify(Function<String, String> header, String body) {
        String signature = header.apply("wechatpay-signature");
        String timestamp = header.apply("wechatpay-timestamp");
        String nonce = header.apply("wechatpay-nonce");
        String serial = header.apply("wechatpay-serial");
        if (signature == null || timestamp == null || nonce == null || serial == null || signature.isBlank()
                || nonce.isBlank()) {
            throw new InvalidNotificationException("Wechatpay-Signature, -Timestamp, -Nonce and -Serial are required");
        }
        if (signature.toUpperCase(Locale.ROOT).startsWith(PROBE)) {
            throw new InvalidNotificationException("signature probe refused");
        }
        PublicKey key = credentials.wechatPayKeys.get(serial.strip());
        if (key == null) {
            throw new InvalidNotificationException("signed with another key (" + clip(serial) + ")");
        }
        Instant signed;
        try {
            signed = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (RuntimeException unreadable) {
            throw new InvalidNotificationException("Wechatpay-Timestamp unreadable");
        }
        Instant now = clock.instant();
        if (signed.isBefore(now.minus(MAX_AGE)) || signed.isAfter(now.plus(MAX_AGE))) {
            throw new InvalidNotificationException("signature too old or from the future: " + signed);
        }
        if (!RsaSha256.verify(key, timestamp.strip() + "\n" + nonce + "\n" + body + "\n",
                signature.strip())) {
            throw new InvalidNotificationException("signature does not match");
        }
    }

    private static String clip(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
