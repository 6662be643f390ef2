package org.parkgate.access;

/**
 * Plate text handling: normalising a camera read without allocating.
 */
public final class Plates {

    private Plates() {
    }

    /**
     * Normalises a read: trims, converts full-width to half-width, upper-cases ASCII letters and
     * drops spaces, dots, hyphens and middle dots.
     *
     * @return the normalised length in {@code out}, or -1 when it does not fit
     */
    public static int normalize(CharSequence raw, char[] out) {
        int length = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII block
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 32);
            }
            if (isSeparator(c)) {
                continue;
            }
            if (length == out.length) {
                return -1;
            }
            out[length++] = c;
        }
        return length;
    }

    /** Convenience for callers off the hot path. */
    public static String normalize(CharSequence raw) {
        char[] out = new char[raw.length()];
        int length = normalize(raw, out);
        return new String(out, 0, Math.max(0, length));
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '.' || c == '-' || c == '\u00B7' || c == '\u30FB'
                || c == '\u2022' || c == '\u2027' || c == '\uFF65' || c == '_';
    }

    static boolean sameText(String key, char[] chars, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
