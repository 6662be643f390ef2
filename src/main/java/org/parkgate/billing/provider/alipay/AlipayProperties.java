package org.parkgate.billing.provider.alipay;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parkgate.payments.alipay.*}: the office's Alipay settings as configured (README, "Alipay").
 * Empty {@code appId} = Alipay is not configured and its provider does not exist. The keys are
 * files: {@code privateKeyFile} the app's private key (PKCS#8), {@code alipayPublicKeyFile}
 * Alipay's public key of the app; {@code sellerId} the seller's Alipay user id (2088...).
 * {@link #settings()} reads them into {@link AlipaySettings}, or stops with the setting named.
 */
@ConfigurationProperties("parkgate.payments.alipay")
record AlipayProperties(String appId, String sellerId, String privateKeyFile, String alipayPublicKeyFile,
        URI gatewayUrl, Duration connectTimeout, Duration readTimeout) {

    private static final String PREFIX = "parkgate.payments.alipay.";
    /** The settings' field names as this configuration spells them. */
    private static final Map<String, String> NAMES = Map.of("appId", "app-id", "sellerId", "seller-id",
            "appPrivateKey", "private-key-file", "alipayPublicKey", "alipay-public-key-file",
            "gatewayUrl", "gateway-url", "connectTimeout", "connect-timeout", "readTimeout", "read-timeout");

    AlipayProperties {
        appId = appId == null ? "" : appId.strip();
        sellerId = sellerId == null ? "" : sellerId.strip();
        privateKeyFile = privateKeyFile == null ? "" : privateKeyFile.strip();
        alipayPublicKeyFile = alipayPublicKeyFile == null ? "" : alipayPublicKeyFile.strip();
        gatewayUrl = gatewayUrl == null || gatewayUrl.toString().isBlank() ? AlipaySettings.DEFAULT_GATEWAY : gatewayUrl;
        connectTimeout = connectTimeout == null ? AlipaySettings.DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? AlipaySettings.DEFAULT_READ_TIMEOUT : readTimeout;
    }

    /** The settings with both keys read from their files; an {@link IllegalStateException} naming the setting otherwise. */
    AlipaySettings settings() {
        String privateKey = read(privateKeyFile, "private-key-file");
        String publicKey = read(alipayPublicKeyFile, "alipay-public-key-file");
        try {
            return new AlipaySettings(appId, sellerId, privateKey, publicKey, gatewayUrl, connectTimeout, readTimeout);
        } catch (InvalidAlipaySettingsException invalid) {
            String name = NAMES.getOrDefault(invalid.field(), invalid.field());
            throw new IllegalStateException("parkgate.payments.alipay.app-id is set, but " + PREFIX + name
                    + " is not usable: " + invalid.getMessage().substring(invalid.field().length() + 2), invalid);
        }
    }

    private static String read(String file, String name) {
        if (file.isEmpty()) {
            throw new IllegalStateException("parkgate.payments.alipay.app-id is set, but " + PREFIX + name + " is not");
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalStateException(PREFIX + name + " cannot be read: " + file, unreadable);
        }
    }

    /** The keys' paths are not secret, but stay out of logs all the same. */
    @Override
    public String toString() {
        return "AlipayProperties[appId=" + appId + ", sellerId=" + sellerId + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
