package org.parkgate.billing.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * SHA256withRSA, as WeChat Pay API v3 and Alipay's RSA2 sign: keys read from PEM text (a PKCS#8
 * {@code PRIVATE KEY}, an X.509 {@code PUBLIC KEY}; Alipay's bare Base64 works too), signatures
 * in Base64 over the UTF-8 bytes of a text.
 */
public final class RsaSha256 {

    private RsaSha256() {
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY)", unreadable);
        }
    }

    public static PublicKey publicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("not an RSA public key in PEM (BEGIN PUBLIC KEY)", unreadable);
        }
    }

    /** The Base64 signature of {@code text}. */
    public static String sign(PrivateKey key, String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA not available", e);
        }
    }

    /** Whether {@code base64Signature} is the key's signature of {@code text}; false for anything unreadable. */
    public static boolean verify(PublicKey key, String text, String base64Signature) {
        return verify(key, text.getBytes(StandardCharsets.UTF_8), base64Signature);
    }

    /** Whether {@code base64Signature} is the key's signature of these bytes; false for anything unreadable. */
    public static boolean verify(PublicKey key, byte[] signed, String base64Signature) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update(signed);
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The DER bytes of a PEM block of this type, or of bare Base64. */
    private static byte[] der(String pem, String type) {
        String text = pem.strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (text.startsWith("-----")) {
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("no " + begin + " block");
            }
            text = text.substring(from + begin.length(), to);
        }
        return Base64.getMimeDecoder().decode(text);
    }
}
