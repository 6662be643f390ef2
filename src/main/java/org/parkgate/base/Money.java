package org.parkgate.base;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in minor units (fen) as people read and type it: yuan with two decimals. */
public final class Money {

    private Money() {
    }

    public static String yuan(long fen) {
        return decimal(fen).toPlainString();
    }

    /** Yuan as a number with two decimals (spreadsheet cells, API amounts). */
    public static BigDecimal decimal(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * Yuan as typed to fen; more than two decimals are refused rather than rounded away.
     *
     * @throws IllegalArgumentException when the value is missing or has more than two decimals
     */
    public static long fen(BigDecimal yuan) {
        if (yuan == null) {
            throw new IllegalArgumentException("no amount");
        }
        try {
            return yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("more than two decimals: " + yuan, e);
        }
    }
}
