package org.parkgate.billing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the pay page shows for a token: nothing about anyone but this order (the plate masked).
 * {@code state}: OPEN (payable), PAID, FAILED, HELD, EXPIRED, SUPERSEDED (paid at the booth) or REFUNDED; {@code provider}: whose order it is;
 * {@code scanContent}: what the payer scans in the provider's app (WeChat's {@code code_url}), or
 * null when the payer pays on this page (the sandbox).
 */
public record OrderForPayer(String orderId, OrderPurpose purpose, String maskedPlate, long amount, String currency,
        String state, Instant expiresAt, String provider, @Nullable String scanContent) {

    public boolean payable() {
        return state.equals("OPEN");
    }

    /** 京A10004 becomes 京A1**04: enough for the driver to recognise, not to identify. */
    public static String mask(String plate) {
        if (plate == null || plate.length() < 5) {
            return "";
        }
        return plate.substring(0, 3) + "*".repeat(plate.length() - 5) + plate.substring(plate.length() - 2);
    }
}
