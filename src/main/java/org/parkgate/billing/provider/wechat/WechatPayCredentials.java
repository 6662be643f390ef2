package org.parkgate.billing.provider.wechat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.parkgate.billing.provider.RsaSha256;

/**
 * The settings made usable, checked once at the start: the merchant's key read, the WeChat Pay
 * public key read, the APIv3 key 32 bytes, the base URL HTTPS (plain HTTP only to this machine, for
 * a stand-in). Anything missing or unreadable stops the start with what to fix: a half-configured
 * provider would take orders it cannot verify.
 */
final class WechatPayCredentials {

    final String mchid;
    final String appid;
    final String merchantSerial;
    final PrivateKey merchantKey;
    final byte[] apiV3Key;
    final PublicKey wechatPayKey;
    final String wechatPayKeyId;
    final String baseUrl;

    WechatPayCredentials(WechatPaySettings settings) {
        List<String> missing = new ArrayList<>();
        require(settings.appid(), "appid", missing);
        require(settings.merchantSerial(), "merchant-serial", missing);
        require(settings.privateKeyFile(), "private-key-file", missing);
        require(settings.apiV3Key(), "api-v3-key", missing);
        require(settings.publicKeyFile(), "public-key-file", missing);
        require(settings.publicKeyId(), "public-key-id", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("parkgate.payments.wechat.mchid is set, but these are not: "
                    + String.join(", ", missing.stream().map(name -> "parkgate.payments.wechat." + name).toList()));
        }
        this.mchid = settings.mchid();
        this.appid = settings.appid();
        this.merchantSerial = settings.merchantSerial();
        this.merchantKey = RsaSha256.privateKey(read(settings.privateKeyFile(), "private-key-file"));
        this.wechatPayKey = RsaSha256.publicKey(read(settings.publicKeyFile(), "public-key-file"));
        this.wechatPayKeyId = settings.publicKeyId();
        this.apiV3Key = settings.apiV3Key().getBytes(StandardCharsets.UTF_8);
        if (apiV3Key.length != 32) {
            throw new IllegalStateException("parkgate.payments.wechat.api-v3-key must be the 32-character APIv3 key");
        }
        URI base = URI.create(settings.baseUrl());
        boolean local = "127.0.0.1".equals(base.getHost()) || "localhost".equals(base.getHost());
        if (!"https".equals(base.getScheme()) && !("http".equals(base.getScheme()) && local)) {
            throw new IllegalStateException("parkgate.payments.wechat.base-url must be https (plain http only to "
                    + "this machine): " + settings.baseUrl());
        }
        this.baseUrl = settings.baseUrl();
    }

    private static void require(String value, String name, List<String> missing) {
        if (value.isBlank()) {
            missing.add(name);
        }
    }

    private static String read(String file, String name) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalStateException("parkgate.payments.wechat." + name + " cannot be read: " + file, unreadable);
        }
    }
}
