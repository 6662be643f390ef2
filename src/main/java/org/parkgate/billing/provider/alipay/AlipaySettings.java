package org.parkgate.billing.provider.alipay;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parkgate.billing.provider.InvalidProviderSettingsException;

/**
 * An office's Alipay merchant settings in public-key mode (公钥模式): the app id, the seller's Alipay
 * user id ({@code 2088} and 12 digits, checked in every notification), the app's private key
 * (PKCS#8, as Alipay's key tool gives it for Java, with or without PEM armour), Alipay's public key
 * (X.509, from the open platform's page of the app), the gateway and the time-outs of one call.
 *
 * <p>Built valid or not at all: each wrong value is an {@link InvalidProviderSettingsException} that
 * names its setting as {@link AlipayKind} calls it. The gateway is HTTPS, or plain HTTP only to
 * this machine (a stand-in in tests).
 * {@link #toString()} never shows the keys.
 */
public record AlipaySettings(String appId, String sellerId, String appPrivateKey, String alipayPublicKey,
        URI gatewayUrl, Duration connectTimeout, Duration readTimeout) {

    public static final URI DEFAULT_GATEWAY = URI.create("https://openapi.alipay.com/gateway.do");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(5);
    static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration MAX_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern APP_ID = Pattern.compile("[0-9]{8,32}");
    private static final Pattern SELLER_ID = Pattern.compile("2088[0-9]{12}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public AlipaySettings {
        appId = required("app-id", appId);
        if (!APP_ID.matcher(appId).matches()) {
            throw new InvalidProviderSettingsException("app-id", "an Alipay app id is digits only (8 to 32)");
        }
        sellerId = required("seller-id", sellerId);
        if (!SELLER_ID.matcher(sellerId).matches()) {
            throw new InvalidProviderSettingsException("seller-id",
                    "the seller's Alipay user id is 16 digits starting with 2088");
        }
        appPrivateKey = required("private-key", appPrivateKey);
        try {
            AlipaySignature.privateKey(appPrivateKey);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidProviderSettingsException("private-key", unreadable.getMessage());
        }
        alipayPublicKey = required("alipay-public-key", alipayPublicKey);
        try {
            AlipaySignature.publicKey(alipayPublicKey);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidProviderSettingsException("alipay-public-key", unreadable.getMessage());
        }
        checkGateway(gatewayUrl);
        checkTimeout("connect-timeout", connectTimeout, MAX_CONNECT_TIMEOUT);
        checkTimeout("read-timeout", readTimeout, MAX_READ_TIMEOUT);
    }

    /** Settings with the default gateway and time-outs. */
    public static AlipaySettings of(String appId, String sellerId, String appPrivateKey, String alipayPublicKey) {
        return new AlipaySettings(appId, sellerId, appPrivateKey, alipayPublicKey, DEFAULT_GATEWAY,
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    public AlipaySettings withGateway(URI gateway) {
        return new AlipaySettings(appId, sellerId, appPrivateKey, alipayPublicKey, gateway, connectTimeout,
                readTimeout);
    }

    public AlipaySettings withTimeouts(Duration connect, Duration read) {
        return new AlipaySettings(appId, sellerId, appPrivateKey, alipayPublicKey, gatewayUrl, connect, read);
    }

    @Override
    public String toString() {
        return "AlipaySettings[appId=" + appId + ", sellerId=" + sellerId + ", appPrivateKey=(hidden)"
                + ", alipayPublicKey=(hidden), gatewayUrl=" + gatewayUrl + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidProviderSettingsException(field, "missing");
        }
        return value.strip();
    }

    private static void checkGateway(@Nullable URI gateway) {
        if (gateway == null) {
            throw new InvalidProviderSettingsException("gateway-url", "missing");
        }
        String scheme = gateway.getScheme() == null ? "" : gateway.getScheme().toLowerCase(Locale.ROOT);
        String host = gateway.getHost() == null ? "" : gateway.getHost().toLowerCase(Locale.ROOT);
        if (!gateway.isAbsolute() || host.isEmpty() || gateway.getRawQuery() != null
                || gateway.getRawFragment() != null || gateway.getRawUserInfo() != null) {
            throw new InvalidProviderSettingsException("gateway-url",
                    "an absolute URL with a host and no query, such as " + DEFAULT_GATEWAY);
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && LOOPBACK.contains(host))) {
            throw new InvalidProviderSettingsException("gateway-url", "must be https (plain http only to this machine)");
        }
    }

    private static void checkTimeout(String field, @Nullable Duration timeout, Duration max) {
        if (timeout == null) {
            throw new InvalidProviderSettingsException(field, "missing");
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(max) > 0) {
            throw new InvalidProviderSettingsException(field, "between 1 ms and " + max.toSeconds() + " s");
        }
    }
}
