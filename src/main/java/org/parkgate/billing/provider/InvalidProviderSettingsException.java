package org.parkgate.billing.provider;

/**
 * Settings of a provider that cannot work, naming the bad {@link #setting()} as the provider's
 * {@link ProviderSetting} calls it (e.g. {@code private-key}), so that a form can mark it and a
 * settings file can name its property. The message never contains a key's text.
 */
public class InvalidProviderSettingsException extends IllegalArgumentException {

    private final String setting;
    private final String why;

    public InvalidProviderSettingsException(String setting, String why) {
        super(setting + ": " + why);
        this.setting = setting;
        this.why = why;
    }

    public String setting() {
        return setting;
    }

    /** What is wrong with it, without its name. */
    public String why() {
        return why;
    }
}
