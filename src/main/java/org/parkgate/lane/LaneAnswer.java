package org.parkgate.lane;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a lane answers a plate read: OPEN (the barrier took the command), DENY, or
 * {@link #NOT_OPENED} (the core let the vehicle in or out, but the barrier could not be commanded
 * in time; staff are needed), the core's reason code, the display message, the amount due (null
 * when nothing is due), the pay link and order when there is one, and the passage recorded.
 */
public record LaneAnswer(String decision, String reason, String message, @Nullable BigDecimal amountDue,
        @Nullable String currency, @Nullable String payUrl, @Nullable String orderId, long passageId) {

    public static final String NOT_OPENED = "NOT_OPENED";

    public boolean opens() {
        return "OPEN".equals(decision);
    }
}
