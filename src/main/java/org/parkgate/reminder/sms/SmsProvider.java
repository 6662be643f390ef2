package org.parkgate.reminder.sms;

/** Who sends the texts: the generic HTTP gateway of earlier versions, or one of the providers offices contract. */
public enum SmsProvider {
    /** A signed JSON POST to {@code parkgate.reminders.sms.url} (README, "Reminders"). */
    GATEWAY("", ""),
    /** Alibaba Cloud SMS (Dysmsapi 2017-05-25, RPC signature HMAC-SHA1). */
    ALIYUN("https://dysmsapi.aliyuncs.com/", "cn-hangzhou"),
    /** Tencent Cloud SMS (API 3.0, version 2021-01-11, TC3-HMAC-SHA256). */
    TENCENT("https://sms.tencentcloudapi.com/", "ap-guangzhou");

    private final String defaultEndpoint;
    private final String defaultRegion;

    SmsProvider(String defaultEndpoint, String defaultRegion) {
        this.defaultEndpoint = defaultEndpoint;
        this.defaultRegion = defaultRegion;
    }

    String defaultEndpoint() {
        return defaultEndpoint;
    }

    String defaultRegion() {
        return defaultRegion;
    }
}
