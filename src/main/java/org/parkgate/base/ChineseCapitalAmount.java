package org.parkgate.base;

/**
 * An amount of yuan in Chinese capitals (大写), as receipts and other vouchers carry it, written by
 * the People's Bank of China's rules for filling in bills and vouchers (支付结算办法, 附一):
 * <ul>
 *   <li>digits 零壹贰叁肆伍陆柒捌玖, places 拾佰仟 in groups of 万 and 亿, units 元角分;
 *       a ten is 壹拾 (10.00 is 壹拾元整), never a bare 拾;</li>
 *   <li>整 when there are no 分 (613.50 is 陆佰壹拾叁元伍角整, 10.00 壹拾元整), none after 分;</li>
 *   <li>one 零 for each run of zeros between two written digits of the yuan, also across 万 and 亿
 *       (1,010.00 壹仟零壹拾元整, 100,010,000.00 壹亿零壹万元整); zeros at the end of the yuan
 *       write nothing (1,000,000.09 壹佰万元零玖分);</li>
 *   <li>零 after 元 when there are 分 but no 角 (100.05 壹佰元零伍分), as the rules require; where
 *       they leave it open (no 元 digit but 角, 1,680.32) none: 壹仟陆佰捌拾元叁角贰分;</li>
 *   <li>less than a yuan starts at 角 or 分 (0.50 伍角整, 0.05 伍分); nothing is 零元整.</li>
 * </ul>
 * The text does not include the currency: the rules want 人民币 right before it, which the caller
 * prints.
 */
public final class ChineseCapitalAmount {

    /** The first amount in fen too large to write: a million million yuan (壹万亿元). */
    public static final long LIMIT = 100_000_000_000_000L;

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};
    private static final long GROUP = 10_000;

    private ChineseCapitalAmount() {
    }

    /**
     * The capitals of an amount in fen.
     *
     * @throws IllegalArgumentException for a negative amount (a receipt states what was paid, never
     *         a debt: refunds and voids are stamped, their amounts stay positive) or one of
     *         {@link #LIMIT} or more
     */
    public static String of(long fen) {
        if (fen < 0 || fen >= LIMIT) {
            throw new IllegalArgumentException("no capitals for " + fen + " fen: 0 to " + (LIMIT - 1) + " only");
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        var text = new StringBuilder();
        if (yuan > 0) {
            text.append(yuanOf(yuan)).append('元');
        }
        if (jiao > 0) {
            text.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0 && cents > 0) {
            text.append('零');
        }
        if (cents > 0) {
            return text.append(DIGITS.charAt(cents)).append('分').toString();
        }
        return (text.isEmpty() ? "零元" : text) + "整";
    }

    /** The yuan above 0, group by group from the highest, a 零 where digits were skipped. */
    private static String yuanOf(long yuan) {
        var text = new StringBuilder();
        boolean skipped = false;
        for (int group = GROUPS.length - 1; group >= 0; group--) {
            int value = (int) (yuan / pow(GROUP, group) % GROUP);
            for (int place = PLACES.length - 1; place >= 0 && value > 0; place--) {
                int digit = (int) (value / pow(10, place) % 10);
                if (digit == 0) {
                    skipped |= !text.isEmpty();
                    continue;
                }
                if (skipped) {
                    text.append('零');
                    skipped = false;
                }
                text.append(DIGITS.charAt(digit)).append(PLACES[place]);
            }
            if (value > 0) {
                text.append(GROUPS[group]);
            } else {
                skipped |= !text.isEmpty();
            }
        }
        return text.toString();
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
