package org.parkgate.lane;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a lane answers a plate read: OPEN or DENY, the core's reason code, the display message,
 * the amount due (null when nothing is due), and the passage recorded. The payment fields come
 * with online payment; null until then.
 */
public record LaneAnswer(String decision, String reason, String message, @Nullable BigDecimal amountDue,
        @Nullable String currency, @Nullable String payUrl, @Nullable String orderId, long passageId) {

    public boolean opens() {
        return "OPEN".equals(decision);
    }
}
