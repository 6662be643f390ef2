package org.parkgate.billing.provider.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkgate.billing.provider.InvalidNotificationException;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.RsaSha256;

/**
 * A merchant still on WeChat Pay platform certificates (the older way, before the WeChat Pay public
 * key): answers and notifications name the certificate by its serial in {@code Wechatpay-Serial}
 * and are verified with that certificate's key. The certificates are made by the JDK's keytool in
 * the test, as WeChat Pay's own would be PEM text pasted on the page.
 */
class PlatformCertificatesTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.ofHours(8));

    @TempDir
    static Path dir;
    static PrivateKey older;
    static X509Certificate olderCertificate;
    static PrivateKey newer;
    static X509Certificate newerCertificate;
    static String pem;

    @BeforeAll
    static void twoPlatformCertificates() throws Exception {
        older = keyOf("older", 300);
        olderCertificate = certificate("older");
        newer = keyOf("newer", 1800);
        newerCertificate = certificate("newer");
        pem = exported("older") + exported("newer");
    }

    @Test
    void eachCertificateVerifiesWhatItsSerialNames() {
        WechatPayCredentials credentials = new WechatPayCredentials(settings(pem));
        WechatPaySignatures signatures = new WechatPaySignatures(credentials, CLOCK);
        String body = "{\"id\":\"EV-1\"}";

        signatures.verify(headers(body, older, serial(olderCertificate))::get, body);
        signatures.verify(headers(body, newer, serial(newerCertificate))::get, body);
        assertThat(credentials.wechatPayKeyId).as("requests name the certificate valid longest")
                .isEqualTo(serial(newerCertificate));
        assertThatThrownBy(() -> signatures.verify(headers(body, older, serial(newerCertificate))::get, body))
                .as("signed with the other certificate's key").isInstanceOf(InvalidNotificationException.class)
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> signatures.verify(headers(body, older, "5157F09EFDC096DE")::get, body))
                .as("a serial of no configured certificate").isInstanceOf(InvalidNotificationException.class)
                .hasMessageContaining("another key");
    }

    @Test
    void withoutAPublicKeyOrACertificateTheSettingsCannotWork() {
        assertThatThrownBy(() -> new WechatPayCredentials(settings("")))
                .isInstanceOf(InvalidProviderSettingsException.class).hasMessageContaining("public-key");
        assertThatThrownBy(() -> new WechatPayCredentials(settings("-----BEGIN CERTIFICATE-----\nAAAA\n"
                + "-----END CERTIFICATE-----\n"))).isInstanceOf(InvalidProviderSettingsException.class)
                .hasMessageContaining("platform-certificates");
    }

    private static Map<String, String> settings(String certificates) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mchid", WechatPayStandIn.MCHID);
        values.put("appid", WechatPayStandIn.APPID);
        values.put("merchant-serial", WechatPayStandIn.MERCHANT_SERIAL);
        values.put("private-key", "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder()
                .encodeToString(older.getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        values.put("api-v3-key", "0123456789abcdef0123456789abcdef");
        values.put("platform-certificates", certificates);
        return values;
    }

    private static Map<String, String> headers(String body, PrivateKey key, String serial) {
        String timestamp = Long.toString(NOW.getEpochSecond());
        Map<String, String> headers = new HashMap<>();
        headers.put("wechatpay-timestamp", timestamp);
        headers.put("wechatpay-nonce", "n0nce");
        headers.put("wechatpay-serial", serial);
        headers.put("wechatpay-signature", RsaSha256.sign(key, timestamp + "\nn0nce\n" + body + "\n"));
        return headers;
    }

    private static String serial(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(java.util.Locale.ROOT);
    }

    private static PrivateKey keyOf(String alias, int days) throws Exception {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity",
                Integer.toString(days), "-dname", "CN=Tenpay.com Root CA " + alias + ", O=Tenpay.com, C=CN");
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("platform.p12"))) {
            store.load(in, "changeit".toCharArray());
        }
        return (PrivateKey) store.getKey(alias, "changeit".toCharArray());
    }

    private static X509Certificate certificate(String alias) throws Exception {
        try (InputStream in = new java.io.ByteArrayInputStream(exported(alias).getBytes(StandardCharsets.US_ASCII))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static String exported(String alias) throws Exception {
        Path file = dir.resolve(alias + ".pem");
        if (!Files.exists(file)) {
            keytool("-exportcert", "-rfc", "-alias", alias, "-file", file.toString());
        }
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-keystore", dir.resolve("platform.p12").toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
