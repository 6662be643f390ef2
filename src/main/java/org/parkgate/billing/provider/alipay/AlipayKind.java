package org.parkgate.billing.provider.alipay;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderKind;
import org.parkgate.billing.provider.ProviderSetting;
import org.springframework.stereotype.Component;

/**
 * Alipay as an office sets it up (公钥模式): app id, the seller's Alipay user id, the app's private
 * key and Alipay's public key of the app, the gateway. The time-outs are the settings file's for
 * both ways of setting it up.
 */
@Component
class AlipayKind implements ProviderKind {

    private static final List<ProviderSetting> SETTINGS = List.of(ProviderSetting.text("app-id"),
            ProviderSetting.text("seller-id"), ProviderSetting.secret("private-key", true),
            ProviderSetting.keyText("alipay-public-key", true),
            ProviderSetting.address("gateway-url", AlipaySettings.DEFAULT_GATEWAY.toString()));

    private final AlipayProperties file;
    private final Clock clock;

    AlipayKind(AlipayProperties file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    @Override
    public String name() {
        return AlipayProvider.NAME;
    }

    @Override
    public List<ProviderSetting> settings() {
        return SETTINGS;
    }

    @Override
    public Optional<PaymentProvider> fromSettingsFile() {
        return file.appId().isEmpty() ? Optional.empty() : Optional.of(new AlipayProvider(file.settings(), clock));
    }

    @Override
    public PaymentProvider of(Map<String, String> values) {
        String gateway = values.getOrDefault("gateway-url", "").strip();
        URI gatewayUrl;
        try {
            gatewayUrl = gateway.isEmpty() ? AlipaySettings.DEFAULT_GATEWAY : URI.create(gateway);
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidProviderSettingsException("gateway-url", "not a URL");
        }
        return new AlipayProvider(new AlipaySettings(values.get("app-id"), values.get("seller-id"),
                values.get("private-key"), values.get("alipay-public-key"), gatewayUrl, file.connectTimeout(),
                file.readTimeout()), clock);
    }
}
