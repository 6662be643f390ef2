package org.parkgate.billing.provider.wechat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.RsaSha256;

/**
 * A merchant's WeChat Pay settings made usable, checked once when they are given: the merchant's
 * key read, the APIv3 key 32 bytes, the base URL HTTPS (plain HTTP only to this machine, for a
 * stand-in), and the keys WeChat Pay signs with: the WeChat Pay public key with its id
 * ({@code PUB_KEY_ID_...}), or platform certificates (their serial numbers are the
 * {@code Wechatpay-Serial} that names them), or both while a merchant moves from one to the other.
 * Anything missing or unreadable is an {@link InvalidProviderSettingsException} naming the
 * setting: a half-configured provider would take orders it cannot verify.
 */
final class WechatPayCredentials {

    final String mchid;
    final String appid;
    final String merchantSerial;
    final PrivateKey merchantKey;
    final byte[] apiV3Key;
    /** The keys WeChat Pay signs with, by the serial its {@code Wechatpay-Serial} header gives. */
    final Map<String, PublicKey> wechatPayKeys;
    /** The serial named in requests' {@code Wechatpay-Serial}: the public key's id, else the newest certificate's. */
    final String wechatPayKeyId;
    final String baseUrl;

    /** @param values by {@link WechatPayKind}'s setting names */
    WechatPayCredentials(Map<String, String> values) {
        this.mchid = required(values, "mchid");
        this.appid = required(values, "appid");
        this.merchantSerial = required(values, "merchant-serial");
        try {
            this.merchantKey = RsaSha256.privateKey(required(values, "private-key"));
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidProviderSettingsException("private-key", unreadable.getMessage());
        }
        this.apiV3Key = required(values, "api-v3-key").getBytes(StandardCharsets.UTF_8);
        if (apiV3Key.length != 32) {
            throw new InvalidProviderSettingsException("api-v3-key", "the APIv3 key has 32 characters");
        }
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        String keyId = value(values, "public-key-id");
        String key = value(values, "public-key");
        if (!keyId.isEmpty() || !key.isEmpty()) {
            if (!keyId.startsWith("PUB_KEY_ID_")) {
                throw new InvalidProviderSettingsException("public-key-id", "the public key's id starts with PUB_KEY_ID_");
            }
            try {
                keys.put(keyId, RsaSha256.publicKey(key));
            } catch (IllegalArgumentException unreadable) {
                throw new InvalidProviderSettingsException("public-key", unreadable.getMessage());
            }
        }
        String newestCertificate = certificates(value(values, "platform-certificates"), keys);
        if (keys.isEmpty()) {
            throw new InvalidProviderSettingsException("public-key",
                    "give the WeChat Pay public key with its id, or the platform certificates");
        }
        this.wechatPayKeys = Map.copyOf(keys);
        this.wechatPayKeyId = keyId.isEmpty() ? newestCertificate : keyId;
        this.baseUrl = baseUrl(value(values, "base-url").isEmpty() ? WechatPayKind.DEFAULT_BASE_URL
                : value(values, "base-url"));
    }

    /** Adds each certificate's key by its serial; the serial of the one valid longest (null for none). */
    private static @Nullable String certificates(String pem, Map<String, PublicKey> keys) {
        if (pem.isEmpty()) {
            return null;
        }
        Collection<? extends java.security.cert.Certificate> read;
        try {
            read = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException unreadable) {
            throw new InvalidProviderSettingsException("platform-certificates",
                    "not X.509 certificates in PEM (BEGIN CERTIFICATE)");
        }
        if (read.isEmpty()) {
            throw new InvalidProviderSettingsException("platform-certificates", "no certificate in the text");
        }
        X509Certificate newest = null;
        for (var certificate : read) {
            X509Certificate x509 = (X509Certificate) certificate;
            keys.put(serial(x509.getSerialNumber()), x509.getPublicKey());
            if (newest == null || x509.getNotAfter().after(newest.getNotAfter())) {
                newest = x509;
            }
        }
        return serial(newest.getSerialNumber());
    }

    /** As WeChat Pay writes a certificate's serial: upper-case hex. */
    static String serial(BigInteger number) {
        return number.toString(16).toUpperCase(Locale.ROOT);
    }

    private static String baseUrl(String given) {
        String url = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        URI base;
        try {
            base = URI.create(url);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidProviderSettingsException("base-url", "not a URL");
        }
        boolean local = "127.0.0.1".equals(base.getHost()) || "localhost".equals(base.getHost());
        if (base.getHost() == null || !"https".equals(base.getScheme())
                && !("http".equals(base.getScheme()) && local)) {
            throw new InvalidProviderSettingsException("base-url", "must be https (plain http only to this machine)");
        }
        return url;
    }

    private static String required(Map<String, String> values, String name) {
        String value = value(values, name);
        if (value.isEmpty()) {
            throw new InvalidProviderSettingsException(name, "missing");
        }
        return value;
    }

    private static String value(Map<String, String> values, String name) {
        String value = values.get(name);
        return value == null ? "" : value.strip();
    }
}
