package org.parkgate.billing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.parkgate.base.KeyFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that ParkGate's pay links and order tokens are derived from, so that the database
 * holds only their SHA-256 and can still show a link again (at the counter, in every reminder):
 * a token is the HMAC-SHA256 of what it is for ("owner 17, link 2"; "order PO…") under this key,
 * cut to 128 bits. The key is 32 random bytes in {@code parkgate.token-key-file} (by default
 * {@code token.key} in the data directory), made at the first start, readable by ParkGate's user
 * only. A copy of the database alone reveals no token; lose the key and every link must be made
 * again.
 */
@Component
class TokenKey {

    private static final int TOKEN_BYTES = 16;

    private final SecretKeySpec key;

    TokenKey(@Value("${parkgate.token-key-file}") Path file) {
        this.key = new SecretKeySpec(KeyFile.loadOrCreate(file, "token key"), "HmacSHA256");
    }

    /** The token for {@code subject}: URL-safe, 22 characters, the same every time for the same key. */
    String derive(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, TOKEN_BYTES));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
