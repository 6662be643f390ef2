package org.parkgate.billing.provider.alipay;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.nio.charset.Charset;
import java.util.Base64;

/**
 * RSA 2048 key pairs made for this test run only (none is ever written down): Alipay's, the
 * office's app, and a forger's; and the text forms an office pastes (PEM, or bare Base64 as
 * Alipay's pages show it).
 */
public final class AlipayTestKeys {

    public static final KeyPair ALIPAY = generate();
    public static final KeyPair APP = generate();
    public static final KeyPair FORGER = generate();

    private AlipayTestKeys() {
    }

    public static KeyPair generate() {
        return generate(2048);
    }

    public static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base64(Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String pem(Key key) {
        String type = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(key.getEncoded()) + "\n-----END " + type + "-----\n";
    }

    /** SHA256withRSA in Base64, written out here so that the tests do not lean on the code they test. */
    public static String sign(String content, PrivateKey key, Charset charset) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(content.getBytes(charset));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
