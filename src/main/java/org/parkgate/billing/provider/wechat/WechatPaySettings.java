package org.parkgate.billing.provider.wechat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.billing.provider.SettingsFiles;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parkgate.payments.wechat.*}: the merchant's WeChat Pay API v3 settings (README, "WeChat
 * Pay"). Empty {@code mchid} = WeChat Pay is not configured and its provider does not exist.
 * {@code privateKeyFile} is the merchant's API certificate key ({@code apiclient_key.pem}),
 * {@code merchantSerial} that certificate's serial number; {@code publicKeyFile} and
 * {@code publicKeyId} are the WeChat Pay public key ({@code pub_key.pem}) and its id
 * ({@code PUB_KEY_ID_...}) that answers and notifications are signed with, or
 * {@code platformCertificatesFile} the platform certificates (PEM, one or more); {@code apiV3Key} the
 * 32-character APIv3 key that notifications are encrypted with. {@code connectTimeout} and
 * {@code readTimeout} bound every call (a lane waits at most their sum for a QR code).
 */
@ConfigurationProperties("parkgate.payments.wechat")
record WechatPaySettings(String mchid, String appid, String merchantSerial, String privateKeyFile, String apiV3Key,
        String publicKeyFile, String publicKeyId, String platformCertificatesFile, String baseUrl,
        Duration connectTimeout, Duration readTimeout) {

    static final String PREFIX = "parkgate.payments.wechat.";

    WechatPaySettings {
        mchid = blankIfNull(mchid);
        appid = blankIfNull(appid);
        merchantSerial = blankIfNull(merchantSerial);
        privateKeyFile = blankIfNull(privateKeyFile);
        apiV3Key = apiV3Key == null ? "" : apiV3Key;
        publicKeyFile = blankIfNull(publicKeyFile);
        publicKeyId = blankIfNull(publicKeyId);
        platformCertificatesFile = blankIfNull(platformCertificatesFile);
        baseUrl = blankIfNull(baseUrl);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
    }

    /** The settings by {@link WechatPayKind}'s names, the keys read from their files. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mchid", mchid);
        values.put("appid", appid);
        values.put("merchant-serial", merchantSerial);
        values.put("private-key", file("private-key", privateKeyFile));
        values.put("api-v3-key", apiV3Key);
        values.put("public-key-id", publicKeyId);
        values.put("public-key", file("public-key", publicKeyFile));
        values.put("platform-certificates", file("platform-certificates", platformCertificatesFile));
        values.put("base-url", baseUrl);
        return values;
    }

    /** The property a setting comes from: its name, with "-file" for the keys. */
    static String property(String setting) {
        return PREFIX + (List.of("private-key", "public-key", "platform-certificates").contains(setting)
                ? setting + "-file" : setting);
    }

    private static String file(String setting, String path) {
        return path.isEmpty() ? "" : SettingsFiles.read(property(setting), path);
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value.strip();
    }

    /** The secrets stay out of logs and error pages. */
    @Override
    public String toString() {
        return "WechatPaySettings[mchid=" + mchid + ", appid=" + appid + ", merchantSerial=" + merchantSerial
                + ", publicKeyId=" + publicKeyId + ", baseUrl=" + baseUrl + "]";
    }
}
