package org.parkgate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets at rest: sealed under a key outside the database, opened only for what they were sealed for. */
class SecretBoxTest {

    private static final String APIV3 = "wechat.apiv3-key";

    @TempDir
    Path dir;

    @Test
    void aSecretSealedAtTheFirstStartOpensAfterARestartWithTheSameKeyFile() throws Exception {
        Path file = dir.resolve("secret.key");
        String sealed = new SecretBox("", file).seal("0123456789abcdef0123456789abcdef", APIV3);
        assertThat(sealed).startsWith("v1.").doesNotContain("0123456789abcdef");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new SecretBox("", file).open(sealed, APIV3)).isEqualTo("0123456789abcdef0123456789abcdef");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        var box = new SecretBox("", dir.resolve("secret.key"));
        assertThat(box.seal("secret", APIV3)).isNotEqualTo(box.seal("secret", APIV3));
    }

    @Test
    void aValueCopiedIntoAnotherSettingDoesNotOpen() {
        var box = new SecretBox("", dir.resolve("secret.key"));
        String sealed = box.seal("secret", APIV3);
        assertThatThrownBy(() -> box.open(sealed, "alipay.private-key")).isInstanceOf(UserFacingException.class)
                .hasMessage("error.secret.unreadable");
    }

    @Test
    void aChangedValueIsRefusedNotOpenedWrong() {
        var box = new SecretBox("", dir.resolve("secret.key"));
        String sealed = box.seal("secret", APIV3);
        int middle = sealed.lastIndexOf('.') + 20; // inside the ciphertext (the last character may be padding bits)
        String changed = sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A')
                + sealed.substring(middle + 1);
        for (String bad : new String[] {changed, "v1." + box.keyId() + ".", "v1." + box.keyId() + ".%%%", "secret",
                "v2." + box.keyId() + "." + sealed.substring(sealed.lastIndexOf('.') + 1)}) {
            assertThatThrownBy(() -> box.open(bad, APIV3)).as(bad).isInstanceOf(UserFacingException.class)
                    .hasMessage("error.secret.unreadable");
        }
    }

    @Test
    void aDatabaseRestoredWithAnotherKeyNamesBothKeys() {
        var before = new SecretBox("", dir.resolve("old.key"));
        String sealed = before.seal("secret", APIV3);
        var after = new SecretBox("", dir.resolve("new.key"));
        assertThat(after.keyId()).isNotEqualTo(before.keyId()).hasSize(8);
        assertThatThrownBy(() -> after.open(sealed, APIV3)).isInstanceOfSatisfying(UserFacingException.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.secret.other-key");
                    assertThat(refused.arguments()).containsExactly(APIV3, before.keyId(), after.keyId());
                });
    }

    @Test
    void aKeyFromTheEnvironmentIsUsedInsteadOfTheFileAndABadOneStopsTheStart() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        var fromEnvironment = new SecretBox(key, dir.resolve("unused.key"));
        assertThat(dir.resolve("unused.key")).doesNotExist();
        assertThat(new SecretBox(key, dir.resolve("other.key")).open(fromEnvironment.seal("s", APIV3), APIV3))
                .isEqualTo("s");
        assertThatThrownBy(() -> new SecretBox("c2hvcnQ=", dir.resolve("x.key"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PARKGATE_SECRET_KEY").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aKeyFileThatHoldsNoKeyStopsTheStartRatherThanMakingANewOne() throws Exception {
        Path file = dir.resolve("secret.key");
        Files.writeString(file, "not a key\n");
        assertThatThrownBy(() -> new SecretBox("", file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("restore it from the backup");
        assertThat(Files.readString(file)).isEqualTo("not a key\n");
    }
}
