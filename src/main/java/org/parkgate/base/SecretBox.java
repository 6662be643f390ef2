package org.parkgate.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Secrets at rest (a payment provider's private key and API key, say): the database keeps them
 * sealed with AES-256-GCM under a key it never holds. The key is {@code parkgate.secret-key}
 * (base64 of 32 bytes, e.g. from the environment variable PARKGATE_SECRET_KEY) or else 32 random
 * bytes in {@code parkgate.secret-key-file} ({@code secret.key} in the data directory), made at
 * the first secret sealed (a lazy bean: an office that seals nothing has no key file), readable by
 * ParkGate's user only. Back the key up apart from the database: a copy of the database alone
 * reveals no secret, and without the key every sealed secret must be entered again.
 *
 * <p>A sealed value is {@code v1.<key id>.<base64url(iv | ciphertext | tag)>}; the purpose it
 * was sealed for ("wechat.apiv3-key") is authenticated with it, so a value copied into another
 * setting does not open. The key id (the first 8 hex digits of the key's SHA-256) says which key
 * sealed a value, so a restored database with the wrong key file is named as such.
 */
@Component
@Lazy
public class SecretBox {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    SecretBox(@Value("${parkgate.secret-key:}") String given, @Value("${parkgate.secret-key-file}") Path file) {
        byte[] raw = given.isBlank() ? KeyFile.loadOrCreate(file, "secret key")
                : KeyFile.decode(given, "parkgate.secret-key (PARKGATE_SECRET_KEY) is not the base64 of "
                        + KeyFile.KEY_BYTES + " bytes; make one with: openssl rand -base64 32");
        this.key = new SecretKeySpec(raw, 0, KeyFile.KEY_BYTES, "AES");
        this.keyId = Sha256.hex(key.getEncoded()).substring(0, 8);
    }

    /** Which key this ParkGate seals with: shown to admins, so they can tell a key file from another. */
    public String keyId() {
        return keyId;
    }

    public String seal(String secret, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, purpose);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + "." + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The secret sealed for {@code purpose}; refused (never a wrong secret) when the value was
     * sealed under another key, for another purpose, or was changed.
     */
    public String open(String sealed, String purpose) {
        String[] parts = sealed.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION)) {
            throw new UserFacingException("error.secret.unreadable", purpose);
        }
        if (!parts[1].equals(keyId)) {
            throw new UserFacingException("error.secret.other-key", purpose, parts[1], keyId);
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(parts[2]);
            if (in.length < IV_BYTES + TAG_BITS / 8) {
                throw new UserFacingException("error.secret.unreadable", purpose);
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(in, IV_BYTES), purpose);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | AEADBadTagException tampered) {
            throw new UserFacingException("error.secret.unreadable", purpose);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String purpose) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
