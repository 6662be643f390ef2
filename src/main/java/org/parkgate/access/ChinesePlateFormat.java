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

    @Override
    public int culprit(String normalized) {
        char[] plate = normalized.toCharArray();
        return switch (check(plate, plate.length)) {
            case UNKNOWN_PROVINCE -> 0;
            case LETTER_I_OR_O -> firstIOrO(plate);
            case OFFICE_NOT_A_LETTER -> 1;
            case BAD_CHARACTER -> badCharacter(plate);
            default -> -1;
        };
    }

    private static int firstIOrO(char[] plate) {
        for (int i = 1; i < plate.length; i++) {
            if (plate[i] == 'I' || plate[i] == 'O') {
                return i;
            }
        }
        return -1;
    }

    /** The first character of a 7- or 8-character plate that {@link #check} finds out of place. */
    private static int badCharacter(char[] plate) {
        int length = plate.length;
        int serialEnd = length == 7 && SUFFIXES.indexOf(plate[6]) >= 0 ? 6 : length;
        for (int i = 2; i < serialEnd; i++) {
            if (!isLetter(plate[i]) && !isDigit(plate[i])) {
                return i;
            }
        }
        if (length != 8) {
            return -1; // seven letters and digits are a plate: not refused
        }
        // new energy: D or F third (small cars), else five digits and D or F last (large vehicles)
        if (isLetter(plate[2])) {
            return 2;
        }
        for (int i = 3; i < 7; i++) {
            if (!isDigit(plate[i])) {
                return i;
            }
        }
        return 7;
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
