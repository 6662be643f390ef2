package org.parkgate.lot;

import org.jspecify.annotations.Nullable;
import org.parkgate.access.Setting;
import org.parkgate.access.VisitorTariff;
import org.parkgate.base.Money;
import org.parkgate.base.UserFacingException;

/**
 * Rules refused, nothing changed: translated as {@code lot-rules.error.<SETTING>} when the core
 * refused a value ({@link #setting()} says which, so a form can mark the field), else by its own key.
 */
public class LotRulesException extends UserFacingException {

    private final transient @Nullable Setting setting;

    public LotRulesException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A refusal about one setting's field that the core did not see (an amount not typed, say). */
    public LotRulesException(@Nullable Setting setting, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.setting = setting;
    }

    /** The value the core refused, with the limit it keeps to; the key is {@code lot-rules.error.<SETTING>}. */
    static LotRulesException refused(Setting setting) {
        return switch (setting) {
            // as text, so no language groups the digits
            case FREE_MINUTES ->
                    new LotRulesException(setting, key(setting), String.valueOf(VisitorTariff.MAX_FREE_MINUTES));
            case FIRST_SEGMENT_MINUTES, STEP_MINUTES ->
                    new LotRulesException(setting, key(setting), String.valueOf(VisitorTariff.MAX_SEGMENT_MINUTES));
            case FIRST_SEGMENT_PRICE, STEP_PRICE, DAILY_CAP, NIGHT_PRICE ->
                    new LotRulesException(setting, key(setting), Money.yuan(VisitorTariff.MAX_PRICE));
            default -> new LotRulesException(setting, key(setting));
        };
    }

    static LotRulesException choiceMissing() {
        return new LotRulesException(Setting.CHOICE, key(Setting.CHOICE));
    }

    /** The translation key that explains a refused setting. */
    public static String key(Setting setting) {
        return "lot-rules.error." + setting.name();
    }

    /** The value the core refused; null when the refusal is about something else (the lot, a race). */
    public @Nullable Setting setting() {
        return setting;
    }
}
