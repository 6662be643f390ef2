package org.parkgate.billing.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real payment provider as an office sets it up (a Spring bean per provider: WeChat Pay,
 * Alipay): the settings it asks for, and a working {@link PaymentProvider} made of them, either
 * from the settings file ({@code parkgate.payments.<name>.*}, keys in files) or from values an
 * admin entered on the Payment providers page (keys as text).
 */
public interface ProviderKind {

    /** The provider's {@link PaymentProvider#name()}. */
    String name();

    /** What the page asks for, in its order. */
    List<ProviderSetting> settings();

    /**
     * The provider as the settings file configures it; empty when the file does not configure it.
     * Settings that are there but cannot work stop the start with the property named.
     */
    Optional<PaymentProvider> fromSettingsFile();

    /**
     * A provider of these values (setting name to value; empty values take the setting's preset);
     * an {@link InvalidProviderSettingsException} naming the first setting that cannot work.
     */
    PaymentProvider of(Map<String, String> values);
}
