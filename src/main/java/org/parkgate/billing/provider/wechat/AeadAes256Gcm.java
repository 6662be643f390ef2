package org.parkgate.billing.provider.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay's {@code AEAD_AES_256_GCM} resource encryption: AES/GCM/NoPadding with the APIv3 key,
 * the resource's nonce as IV and its associated data, the 128-bit tag at the end of the Base64
 * ciphertext.
 */
final class AeadAes256Gcm {

    private static final int TAG_BITS = 128;

    private AeadAes256Gcm() {
    }

    /** The plain text; an {@link IllegalArgumentException} when it does not decrypt (tampered, wrong key). */
    static String decrypt(byte[] key, String nonce, String associatedData, String base64Ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(base64Ciphertext)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new IllegalArgumentException("resource does not decrypt", unreadable);
        }
    }
}
