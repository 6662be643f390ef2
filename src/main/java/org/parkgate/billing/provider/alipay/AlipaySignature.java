package org.parkgate.billing.provider.alipay;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.parkgate.billing.provider.RsaSha256;

/**
 * Alipay's RSA2 signature (SHA256withRSA, Base64), as its open platform publishes it.
 *
 * <p>The string to sign: the parameters sorted by name (ASCII order), each as {@code name=value}
 * with its value as it is (decoded, never URL-encoded), joined by {@code &}; empty values (null,
 * empty or only white space) are left out. A request leaves out {@code sign} only; a notification
 * leaves out {@code sign} and {@code sign_type}. A synchronous answer is signed over the exact raw
 * text of its {@code <method>_response} value instead (see {@link AnswerText}).
 *
 * <p>Keys as Alipay's key tool gives them: the app's private key in PKCS#8 and Alipay's public key
 * in X.509, as bare Base64 or PEM; RSA of at least 2048 bits. A key that cannot be read is an
 * {@link IllegalArgumentException} whose message never contains the key.
 */
public final class AlipaySignature {

    private static final String SHORT_KEY = "an RSA key of ";
    static final int MIN_KEY_BITS = 2048;
    private static final Set<String> REQUEST_UNSIGNED = Set.of("sign");
    private static final Set<String> NOTIFICATION_UNSIGNED = Set.of("sign", "sign_type");

    private AlipaySignature() {
    }

    /** The string to sign of a request to the gateway: all parameters but {@code sign} and empty ones. */
    public static String requestContent(Map<String, String> parameters) {
        return content(parameters, REQUEST_UNSIGNED, false);
    }

    /** The string Alipay signed of a notification: all parameters but {@code sign}, {@code sign_type} and empty ones. */
    public static String notificationContent(Map<String, String> parameters) {
        return content(parameters, NOTIFICATION_UNSIGNED, false);
    }

    /**
     * A notification's string as Alipay's own SDK builds it to verify ({@code rsaCheckV1}): empty
     * values kept as {@code name=}. Only a second try when a notification carries empty values.
     */
    static String notificationContentWithEmptyValues(Map<String, String> parameters) {
        return content(parameters, NOTIFICATION_UNSIGNED, true);
    }

    /** The Base64 RSA2 signature of {@code content} in UTF-8. */
    public static String sign(String content, PrivateKey key) {
        return RsaSha256.sign(key, content);
    }

    /** Whether {@code base64Signature} is Alipay's signature of {@code content} in UTF-8. */
    public static boolean verify(String content, @Nullable String base64Signature, PublicKey key) {
        return verify(content, base64Signature, key, StandardCharsets.UTF_8);
    }

    /** Whether {@code base64Signature} is Alipay's signature of {@code content} in {@code charset}; false for anything unreadable. */
    public static boolean verify(String content, @Nullable String base64Signature, PublicKey key, Charset charset) {
        return base64Signature != null && !base64Signature.isBlank()
                && RsaSha256.verify(key, content.getBytes(charset), base64Signature);
    }

    /** The app's private key: PKCS#8 ({@code BEGIN PRIVATE KEY} or bare Base64), RSA, at least 2048 bits. */
    public static PrivateKey privateKey(String text) {
        if (text.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("a PKCS#1 key (BEGIN RSA PRIVATE KEY): convert it to PKCS#8 with"
                    + " Alipay's key tool (format conversion) and paste that");
        }
        try {
            return strongEnough(RsaSha256.privateKey(text));
        } catch (IllegalArgumentException unreadable) {
            throw weak(unreadable, "not an RSA private key in PKCS#8 (as Alipay's key tool gives it)");
        }
    }

    /** Alipay's public key: X.509 ({@code BEGIN PUBLIC KEY} or bare Base64), RSA, at least 2048 bits. */
    public static PublicKey publicKey(String text) {
        if (text.contains("BEGIN CERTIFICATE")) {
            throw new IllegalArgumentException("a certificate: ParkGate uses public-key mode, paste Alipay's public key");
        }
        try {
            return strongEnough(RsaSha256.publicKey(text));
        } catch (IllegalArgumentException unreadable) {
            throw weak(unreadable, "not an RSA public key (Base64 of X.509, as Alipay shows it)");
        }
    }

    /** A key too short says so; one that cannot be read gets {@code message} (never the key itself). */
    private static IllegalArgumentException weak(IllegalArgumentException refused, String message) {
        return refused.getMessage() != null && refused.getMessage().startsWith(SHORT_KEY) ? refused
                : new IllegalArgumentException(message);
    }

    private static String content(Map<String, String> parameters, Set<String> unsigned, boolean keepEmpty) {
        StringBuilder content = new StringBuilder();
        for (Map.Entry<String, String> parameter : new TreeMap<>(parameters).entrySet()) {
            String value = parameter.getValue();
            boolean empty = value == null || value.isBlank();
            if (unsigned.contains(parameter.getKey()) || parameter.getKey().isBlank() || (empty && !keepEmpty)) {
                continue;
            }
            if (!content.isEmpty()) {
                content.append('&');
            }
            content.append(parameter.getKey()).append('=').append(value == null ? "" : value);
        }
        return content.toString();
    }

    private static <K extends Key> K strongEnough(K key) {
        int bits = ((RSAKey) key).getModulus().bitLength();
        if (bits < MIN_KEY_BITS) {
            throw new IllegalArgumentException(SHORT_KEY + bits + " bits: RSA2 needs " + MIN_KEY_BITS);
        }
        return key;
    }
}
