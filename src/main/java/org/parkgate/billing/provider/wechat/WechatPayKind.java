package org.parkgate.billing.provider.wechat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderKind;
import org.parkgate.billing.provider.ProviderSetting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * WeChat Pay as an office sets it up: merchant id, app id, the merchant's API certificate serial
 * and private key, the APIv3 key, and the WeChat Pay public key with its id or the platform
 * certificates. The time-outs are the settings file's ({@code parkgate.payments.wechat.*}) for
 * both ways of setting it up.
 */
@Component
class WechatPayKind implements ProviderKind {

    static final String DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com";
    private static final List<ProviderSetting> SETTINGS = List.of(ProviderSetting.text("mchid"),
            ProviderSetting.text("appid"), ProviderSetting.text("merchant-serial"),
            ProviderSetting.secret("private-key", true), ProviderSetting.secret("api-v3-key", false),
            new ProviderSetting("public-key-id", false, false, false, ""), ProviderSetting.keyText("public-key", false),
            ProviderSetting.keyText("platform-certificates", false),
            ProviderSetting.address("base-url", DEFAULT_BASE_URL));

    private final WechatPaySettings file;
    private final Clock clock;
    private final long maxBodyBytes;

    WechatPayKind(WechatPaySettings file, Clock clock, @Value("${parkgate.api.max-body-bytes}") long maxBodyBytes) {
        this.file = file;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public String name() {
        return WechatPayProvider.NAME;
    }

    @Override
    public List<ProviderSetting> settings() {
        return SETTINGS;
    }

    @Override
    public Optional<PaymentProvider> fromSettingsFile() {
        if (file.mchid().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(file.values()));
        } catch (InvalidProviderSettingsException invalid) {
            throw new IllegalStateException(WechatPaySettings.PREFIX + "mchid is set, but "
                    + WechatPaySettings.property(invalid.setting()) + " is not usable: " + invalid.why(), invalid);
        }
    }

    @Override
    public PaymentProvider of(Map<String, String> values) {
        return new WechatPayProvider(new WechatPayCredentials(values), clock, file.connectTimeout(), file.readTimeout(),
                maxBodyBytes);
    }
}
