package org.parkgate.billing.provider;

/**
 * One setting a provider asks an office for, as the Payment providers page shows it: its
 * {@code name} ({@code mchid}, {@code private-key}; the page's translation key is
 * {@code providers.<provider>.<name>}), whether it is a {@code secret} (never shown again after
 * saving, stored sealed), whether it is a key's text of several lines ({@code multiline}), whether
 * it must be given ({@code required}) and what it is when left empty ({@code preset}).
 */
public record ProviderSetting(String name, boolean secret, boolean multiline, boolean required, String preset) {

    public static ProviderSetting text(String name) {
        return new ProviderSetting(name, false, false, true, "");
    }

    public static ProviderSetting secret(String name, boolean multiline) {
        return new ProviderSetting(name, true, multiline, true, "");
    }

    public static ProviderSetting keyText(String name, boolean required) {
        return new ProviderSetting(name, false, true, required, "");
    }

    public static ProviderSetting address(String name, String preset) {
        return new ProviderSetting(name, false, false, true, preset);
    }
}
