package org.parkgate.access;

/**
 * Packs a plate of up to 9 characters into one {@code long}, so the index compares numbers
 * instead of following a pointer to a String for every probe. Layout: 4 bits length, 7 bits for
 * the first character (a province abbreviation, a digit or a letter), 6 bits for each further
 * character (digit, letter, or one of the special suffixes 学警挂港澳领使). Anything else
 * (longer plates, other scripts) gives {@link #NONE} and is indexed by text instead.
 */
final class PlateCodes {

    static final long NONE = 0;
    private static final int MAX_LENGTH = 9;
    private static final char CJK_FIRST = '\u4E00';
    /** For each CJK ideograph: 1-31 for a province, 37-43 for a special suffix, else 0. */
    private static final byte[] CJK = new byte['\u9FFF' - CJK_FIRST + 1];

    static {
        for (int i = 0; i < ChinesePlateFormat.PROVINCES.length(); i++) {
            CJK[ChinesePlateFormat.PROVINCES.charAt(i) - CJK_FIRST] = (byte) (1 + i);
        }
        for (int i = 0; i < ChinesePlateFormat.SUFFIXES.length(); i++) {
            CJK[ChinesePlateFormat.SUFFIXES.charAt(i) - CJK_FIRST] = (byte) (37 + i);
        }
    }

    private PlateCodes() {
    }

    static long encode(char[] chars, int length) {
        return encode(chars, length, false);
    }

    /** For writers and tests; the decision path works on characters and codes. */
    static long encode(String plate) {
        return encode(plate.toCharArray(), plate.length(), false);
    }

    /**
     * Whether two codes of plates of the same length differ in exactly one character after the
     * first: their difference falls within one 6-bit character field.
     */
    static boolean oneCharacterApart(long a, long b) {
        long difference = a ^ b;
        if (difference == 0) {
            return false;
        }
        int field = Long.numberOfTrailingZeros(difference) / 6;
        return (difference & ~(0x3FL << (6 * field))) == 0;
    }

    /** Like {@link #encode(char[], int)} of the text folded by {@link Confusables#fold}. */
    static long encodeFolded(char[] chars, int length) {
        return encode(chars, length, true);
    }

    private static long encode(char[] chars, int length, boolean folded) {
        if (length < 1 || length > MAX_LENGTH) {
            return NONE;
        }
        int first = firstCode(chars[0]);
        if (first < 0) {
            return NONE;
        }
        long code = ((long) length << 7) | first;
        for (int i = 1; i < length; i++) {
            int c = restCode(folded ? Confusables.fold(chars[i], i) : chars[i]);
            if (c < 0) {
                return NONE;
            }
            code = (code << 6) | c;
        }
        return code;
    }

    /** 1-31 provinces, 32-41 digits, 42-67 letters. */
    private static int firstCode(char c) {
        if (c >= '0' && c <= '9') {
            return 32 + c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return 42 + c - 'A';
        }
        int code = cjk(c);
        return code >= 1 && code <= 31 ? code : -1;
    }

    /** 1-10 digits, 11-36 letters, 37-43 special suffixes. */
    private static int restCode(char c) {
        if (c >= '0' && c <= '9') {
            return 1 + c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return 11 + c - 'A';
        }
        int code = cjk(c);
        return code >= 37 ? code : -1;
    }

    private static int cjk(char c) {
        return c >= CJK_FIRST && c <= '\u9FFF' ? CJK[c - CJK_FIRST] : 0;
    }
}
