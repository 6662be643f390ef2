package org.parkgate.billing.provider.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code parkgate.payments.wechat.*}: the merchant's WeChat Pay API v3 settings (README, "WeChat
 * Pay"). Empty {@code mchid} = WeChat Pay is not configured and its provider does not exist.
 * {@code privateKeyFile} is the merchant's API certificate key ({@code apiclient_key.pem}),
 * {@code merchantSerial} that certificate's serial number; {@code publicKeyFile} and
 * {@code publicKeyId} are the WeChat Pay public key ({@code pub_key.pem}) and its id
 * ({@code PUB_KEY_ID_...}) that answers and notifications are signed with; {@code apiV3Key} the
 * 32-character APIv3 key that notifications are encrypted with. {@code connectTimeout} and
 * {@code readTimeout} bound every call (a lane waits at most their sum for a QR code).
 */
@ConfigurationProperties("parkgate.payments.wechat")
record WechatPaySettings(String mchid, String appid, String merchantSerial, String privateKeyFile, String apiV3Key,
        String publicKeyFile, String publicKeyId, String baseUrl, Duration connectTimeout, Duration readTimeout) {

    static final String DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com";

    WechatPaySettings {
        mchid = blankIfNull(mchid);
        appid = blankIfNull(appid);
        merchantSerial = blankIfNull(merchantSerial);
        privateKeyFile = blankIfNull(privateKeyFile);
        apiV3Key = apiV3Key == null ? "" : apiV3Key;
        publicKeyFile = blankIfNull(publicKeyFile);
        publicKeyId = blankIfNull(publicKeyId);
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip();
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
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
