package org.parkgate.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** How a report cell reads as text (PDF, previews): amounts with two decimals, empty for null. */
final class ReportText {

    private ReportText() {
    }

    static String cell(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal amount -> amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
            default -> value.toString();
        };
    }
}
