package org.parkgate.access;

/**
 * Mainland Chinese plates (GA 36): province abbreviation + issuing-office letter + 5 characters;
 * new-energy plates + 6 with D or F right after the office letter (small cars) or at the end
 * (large vehicles); special plates end in 学 警 挂 港 澳 领 or 使 after 4 characters. Letters I and
 * O never appear.
 */
final class ChinesePlateFormat implements PlateFormat {

    static final ChinesePlateFormat INSTANCE = new ChinesePlateFormat();
    static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    static final String SUFFIXES = "学警挂港澳领使";

    private ChinesePlateFormat() {
    }

    @Override
    public PlateCheck check(char[] plate, int length) {
        if (length == 0) {
            return PlateCheck.EMPTY;
        }
        if (length != 7 && length != 8) {
            return PlateCheck.WRONG_LENGTH;
        }
        if (PROVINCES.indexOf(plate[0]) < 0) {
            return PlateCheck.UNKNOWN_PROVINCE;
        }
        for (int i = 1; i < length; i++) {
            if (plate[i] == 'I' || plate[i] == 'O') {
                return PlateCheck.LETTER_I_OR_O;
            }
        }
        if (!isLetter(plate[1])) {
            return PlateCheck.OFFICE_NOT_A_LETTER;
        }
        char last = plate[length - 1];
        if (length == 7) {
            boolean special = SUFFIXES.indexOf(last) >= 0;
            int serialEnd = special ? 6 : 7;
            return allAlphanumeric(plate, 2, serialEnd) ? PlateCheck.VALID : PlateCheck.BAD_CHARACTER;
        }
        // 8 characters: new energy
        boolean small = (plate[2] == 'D' || plate[2] == 'F') && allAlphanumeric(plate, 3, 8);
        boolean large = (last == 'D' || last == 'F') && allDigits(plate, 2, 7);
        return small || large ? PlateCheck.VALID : PlateCheck.BAD_CHARACTER;
    }

    private static boolean allAlphanumeric(char[] plate, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = plate[i];
            if (!isLetter(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(char[] plate, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(plate[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
