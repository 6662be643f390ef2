package org.parkgate.billing.provider.alipay;

import java.net.URI;
import java.time.Duration;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.SettingsFiles;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parkgate.payments.alipay.*}: the office's Alipay settings as configured (README, "Alipay").
 * Empty {@code appId} = Alipay is not configured in the settings file. The keys are files:
 * {@code privateKeyFile} the app's private key (PKCS#8), {@code alipayPublicKeyFile} Alipay's
 * public key of the app; {@code sellerId} the seller's Alipay user id (2088...).
 * {@link #settings()} reads them into {@link AlipaySettings}, or stops with the property named.
 * The time-outs serve settings entered on the Payment providers page too.
 */
@ConfigurationProperties("parkgate.payments.alipay")
record AlipayProperties(String appId, String sellerId, String privateKeyFile, String alipayPublicKeyFile,
        URI gatewayUrl, Duration connectTimeout, Duration readTimeout) {

    private static final String PREFIX = "parkgate.payments.alipay.";

    AlipayProperties {
        appId = appId == null ? "" : appId.strip();
        sellerId = sellerId == null ? "" : sellerId.strip();
        privateKeyFile = privateKeyFile == null ? "" : privateKeyFile.strip();
        alipayPublicKeyFile = alipayPublicKeyFile == null ? "" : alipayPublicKeyFile.strip();
        gatewayUrl = gatewayUrl == null || gatewayUrl.toString().isBlank() ? AlipaySettings.DEFAULT_GATEWAY : gatewayUrl;
        connectTimeout = connectTimeout == null ? AlipaySettings.DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? AlipaySettings.DEFAULT_READ_TIMEOUT : readTimeout;
    }

    /** The settings with both keys read from their files; an {@link IllegalStateException} naming the property otherwise. */
    AlipaySettings settings() {
        String privateKey = read(privateKeyFile, "private-key");
        String publicKey = read(alipayPublicKeyFile, "alipay-public-key");
        try {
            return new AlipaySettings(appId, sellerId, privateKey, publicKey, gatewayUrl, connectTimeout, readTimeout);
        } catch (InvalidProviderSettingsException invalid) {
            throw new IllegalStateException("parkgate.payments.alipay.app-id is set, but " + property(invalid.setting())
                    + " is not usable: " + invalid.why(), invalid);
        }
    }

    /** The property of a setting: its name, with "-file" for the keys. */
    private static String property(String setting) {
        return PREFIX + (setting.equals("private-key") || setting.equals("alipay-public-key") ? setting + "-file"
                : setting);
    }

    private static String read(String file, String setting) {
        if (file.isEmpty()) {
            throw new IllegalStateException("parkgate.payments.alipay.app-id is set, but " + property(setting)
                    + " is not");
        }
        return SettingsFiles.read(property(setting), file);
    }

    /** The keys' paths are not secret, but stay out of logs all the same. */
    @Override
    public String toString() {
        return "AlipayProperties[appId=" + appId + ", sellerId=" + sellerId + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
