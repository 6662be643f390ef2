package org.parkgate.access;

/**
 * Characters plate cameras mix up: 0/O/D/Q, 1/I, 8/B, 5/S, 2/Z. Folding maps each group to one
 * character (after the province), so every plate one confusable substitution away from a read
 * folds to the same text as the read: one look-up finds all candidates.
 */
final class Confusables {

    private static final char[] FOLD = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            FOLD[c] = c;
        }
        group("0ODQ");
        group("1I");
        group("8B");
        group("5S");
        group("2Z");
    }

    private Confusables() {
    }

    private static void group(String group) {
        for (int i = 0; i < group.length(); i++) {
            FOLD[group.charAt(i)] = group.charAt(0);
        }
    }

    static char fold(char c, int position) {
        return position > 0 && c < 128 ? FOLD[c] : c;
    }

    static String fold(String plate) {
        char[] chars = plate.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i], i);
        }
        return new String(chars);
    }

    /** Whether {@code plate} differs from the read in exactly one character. */
    static boolean oneApart(String plate, char[] read, int length) {
        if (plate.length() != length) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < length && differences < 2; i++) {
            if (plate.charAt(i) != read[i]) {
                differences++;
            }
        }
        return differences == 1;
    }
}
