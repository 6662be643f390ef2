package org.parkgate.billing.provider.alipay;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.parkgate.base.Money;

/** Alipay's amounts: yuan with two decimals on the wire ({@code "613.50"}), fen inside ParkGate. */
final class Yuan {

    /** Alipay's range of an amount: 0.01 to 100,000,000 yuan. */
    static final long MIN_FEN = 1;
    static final long MAX_FEN = 100_000_000_00L;
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,8})(\\.[0-9]{1,2})?");

    private Yuan() {
    }

    static String of(long fen) {
        return Money.yuan(fen);
    }

    /** Fen of an amount as Alipay writes it; an {@link IllegalArgumentException} for anything else. */
    static long fen(String yuan) {
        if (!AMOUNT.matcher(yuan).matches()) {
            throw new IllegalArgumentException("not an amount in yuan: " + yuan);
        }
        return Money.fen(new BigDecimal(yuan));
    }
}
