package org.parkgate.reminder.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's signature of RPC-style API requests (SignatureMethod HMAC-SHA1, SignatureVersion
 * 1.0): every parameter but Signature, percent-encoded (RFC 3986: space %20, * %2A, ~ kept),
 * sorted by name and joined as a query string; the string to sign is
 * {@code METHOD&%2F&<that, encoded again>}; the key is the AccessKeySecret followed by "&"; the
 * signature is the Base64 of the HMAC-SHA1.
 */
final class AliyunRpcSignature {

    private AliyunRpcSignature() {
    }

    static String sign(String method, Map<String, String> params, String accessKeySecret) {
        String stringToSign = method + "&" + percentEncode("/") + "&" + percentEncode(canonical(params));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The parameters as a form body or query string, each name and value percent-encoded. */
    static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String percentEncode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static String canonical(Map<String, String> params) {
        Map<String, String> sorted = new TreeMap<>();
        params.forEach((name, value) -> {
            if (!name.equals("Signature")) {
                sorted.put(percentEncode(name), percentEncode(value));
            }
        });
        return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
