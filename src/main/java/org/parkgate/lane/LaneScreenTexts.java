package org.parkgate.lane;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkgate.access.Decision;
import org.parkgate.access.Lane;
import org.parkgate.access.Reason;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.PublicUrl;
import org.parkgate.base.ui.Translations;
import org.parkgate.gate.ScreenText;
import org.springframework.stereotype.Component;

/**
 * What a lane's LED screen shows and says, in the screen's language ({@code screen.language}):
 * the plate, the decision in a few words, the amount and the days overdue or the days left on a
 * pass, and a spoken sentence; the {@code screen.*} texts as the office set them
 * ({@link ScreenTexts}), the reasons' names from the translation files.
 */
@Component
class LaneScreenTexts {

    private final Translations translations;
    private final ScreenTexts texts;
    private final PublicUrl publicUrl;

    LaneScreenTexts(Translations translations, ScreenTexts texts, PublicUrl publicUrl) {
        this.translations = translations;
        this.texts = texts;
        this.publicUrl = publicUrl;
    }

    static Locale language(SiteLane lane) {
        return lane.config().screenSettings().language();
    }

    /**
     * A decision: opened (plate, welcome or goodbye, the reason, the pass's days left) or refused
     * (plate, the reason, the amount due with the days overdue, and how to pay: "scan to pay" on a
     * screen with a pay screen, else the pay page's address without its scheme for the payer to
     * type, or "pay at the office" when there is no order to pay); {@code payToken} is the order's
     * pay page token, {@code sentence} the lane's whole message in the screen's language, spoken.
     */
    ScreenText decided(SiteLane lane, Decision decision, @Nullable String payToken, String sentence) {
        Locale locale = language(lane);
        List<String> lines = new ArrayList<>();
        lines.add(decision.plate());
        if (decision.reason() == Reason.LOT_FULL) {
            return new ScreenText(List.of(decision.plate(), text("screen.full", locale)), sentence, 0, true);
        }
        if (decision.opens()) {
            lines.add(text(lane.lane().direction() == Lane.Direction.IN ? "screen.welcome" : "screen.goodbye", locale));
            lines.add(text("lanes.reason." + decision.reason().name(), locale));
            if (decision.daysUntilExpiry() > 0 && (decision.reason() == Reason.PASS_VALID
                    || decision.reason() == Reason.PASS_EXPIRING)) {
                lines.add(text("screen.pass-days-left", locale, decision.daysUntilExpiry()));
            }
            return ScreenText.of(lines, sentence);
        }
        lines.add(text("lanes.reason." + decision.reason().name(), locale));
        if (decision.amountDue() == 0) {
            return new ScreenText(lines, sentence, 0, true);
        }
        String amount = text("screen.amount-due", locale, decision.amountDueDecimal());
        lines.add(decision.daysOverdue() > 0
                ? amount + " " + text("screen.days-overdue", locale, decision.daysOverdue()) : amount);
        if (payToken == null || lane.config().screenSettings().payScreen()) {
            lines.add(text(payToken == null ? "screen.pay-at-office" : "screen.scan-to-pay", locale));
            return new ScreenText(lines, sentence, decision.amountDue(), true);
        }
        // no code to scan on this screen: the address to type, and the sentence says so instead of "scan"
        String spoken = String.join(" ", lines) + " " + text("screen.type-link-to-pay", locale);
        lines.add(publicUrl.of("/pay/" + payToken).replaceFirst("^https?://", ""));
        return new ScreenText(lines, spoken, decision.amountDue(), true);
    }

    /** Paid (at the lane, online, or at the booth): the plate, "paid", welcome or goodbye, all spoken. */
    ScreenText paid(SiteLane lane, String plate) {
        Locale locale = language(lane);
        String paid = text("screen.paid", locale);
        String onward = text(lane.lane().direction() == Lane.Direction.IN ? "screen.welcome" : "screen.goodbye", locale);
        return ScreenText.of(List.of(plate, paid, onward), paid + " " + onward);
    }

    /** A message that is not a decision (the barrier did not open, a fault): shown and spoken as it is. */
    ScreenText said(SiteLane lane, String key, Object... arguments) {
        String sentence = text(key, language(lane), arguments);
        return new ScreenText(List.of(sentence), sentence, 0, true);
    }

    /**
     * When nothing happens at the entrance: the lot's name and its free spaces, or that it is full
     * and where else there is room (the screen shows the time itself).
     */
    ScreenText idle(SiteLane lane, String lotName, int free, String fullElsewhere) {
        Locale locale = language(lane);
        return ScreenText.of(List.of(lotName, free > 0 ? text("screen.free-spaces", locale, free) : fullElsewhere), null);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return ScreenTexts.EDITABLE.containsKey(key) ? texts.text(key, locale, arguments)
                : translations.getTranslation(key, locale, arguments);
    }
}
