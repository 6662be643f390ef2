package org.parkgate.base;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths for a worksheet, measured while its cells are written: a streamed workbook keeps
 * only a window of rows, so Excel's own auto-size cannot see the whole column. A Chinese character
 * is two characters wide in Excel's default font; a column is as wide as its widest cell, at most
 * {@link #MAX_CHARACTERS} (a long note then wraps in Excel rather than pushing the sheet sideways).
 */
final class ColumnWidths {

    static final int MAX_CHARACTERS = 60;
    private static final int MIN_CHARACTERS = 6;

    private final List<Integer> widths = new ArrayList<>();

    void fit(int column, @Nullable Object value) {
        while (widths.size() <= column) {
            widths.add(MIN_CHARACTERS);
        }
        widths.set(column, Math.max(widths.get(column), Math.min(MAX_CHARACTERS, characters(value))));
    }

    void applyTo(Sheet sheet) {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, (widths.get(i) + 2) * 256); // Excel counts in 1/256 of a character
        }
    }

    /** How many characters of Excel's default font the value takes as shown. */
    static int characters(@Nullable Object value) {
        return switch (value) {
            case null -> 0;
            case BigDecimal decimal -> decimal.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().length();
            case LocalDate day -> "yyyy-mm-dd".length();
            default -> {
                String text = value.toString();
                int width = 0;
                for (int i = 0; i < text.length(); ) {
                    int point = text.codePointAt(i);
                    width += wide(point) ? 2 : 1;
                    i += Character.charCount(point);
                }
                yield width;
            }
        };
    }

    /** CJK ideographs, punctuation and full-width forms: what Excel draws two columns wide. */
    private static boolean wide(int point) {
        Character.UnicodeScript script = Character.UnicodeScript.of(point);
        return script == Character.UnicodeScript.HAN || point >= 0x3000 && point <= 0x30FF
                || point >= 0xFF00 && point <= 0xFFEF;
    }
}
