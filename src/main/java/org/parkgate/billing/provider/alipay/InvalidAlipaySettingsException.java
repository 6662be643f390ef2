package org.parkgate.billing.provider.alipay;

/**
 * Alipay settings that cannot work, naming the bad {@link #field()} (the {@link AlipaySettings}
 * component, e.g. {@code appPrivateKey}) so that a form can mark it. The message never contains a
 * key's text.
 */
public class InvalidAlipaySettingsException extends IllegalArgumentException {

    private final String field;

    public InvalidAlipaySettingsException(String field, String why) {
        super(field + ": " + why);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
