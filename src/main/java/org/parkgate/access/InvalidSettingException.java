package org.parkgate.access;

/**
 * A tariff or policy value the core refuses when it is made; {@link #setting()} names which one
 * (the message says why, in English, for logs).
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private final Setting setting;

    public InvalidSettingException(Setting setting, String message) {
        super(message);
        this.setting = setting;
    }

    public Setting setting() {
        return setting;
    }
}
