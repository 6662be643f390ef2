package org.parkgate.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            " 京A12345 |京A12345",
            "京a12345|京A12345",
            "京Ａ１２３４５|京A12345",          // full-width letters and digits
            "京A·12345|京A12345",              // middle dot, as printed on plates
            "京A-123.45|京A12345",
            "京　A 12345|京A12345",             // ideographic space
            "粤bd12345|粤BD12345",
    })
    void normalizes(String raw, String expected) {
        assertThat(Plates.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "京A12345, VALID",
            "沪B9Z88K, VALID",
            "粤BD12345, VALID",      // small new-energy: D after the office letter
            "粤BF1A234, VALID",
            "粤B12345D, VALID",      // large new-energy: D at the end
            "京A1234学, VALID",
            "粤Z1234港, VALID",
            "京A1234警, VALID",
            "京A1234挂, VALID",
            "'', EMPTY",
            "京A1234, WRONG_LENGTH",
            "京A1234567, WRONG_LENGTH",
            "XA12345, UNKNOWN_PROVINCE",
            "京AI2345, LETTER_I_OR_O",
            "京A1234O, LETTER_I_OR_O",
            "京112345, OFFICE_NOT_A_LETTER",
            "京A12#45, BAD_CHARACTER",
            "粤BX12345, BAD_CHARACTER", // 8 characters but not new-energy
            "京A123学5, BAD_CHARACTER",
    })
    void checksChineseShapes(String plate, PlateCheck expected) {
        assertThat(PlateFormat.chinese().check(plate)).isEqualTo(expected);
    }

    /** The character staff are told to look at, by its index; -1: none to blame. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "京A12345, -1",
            "'', -1",
            "京A1234, -1",           // wrong length: no single character
            "XA12345, 0",
            "京AI2345, 2",
            "京A1234O, 6",
            "京112345, 1",
            "京A12#45, 4",
            "京A123学5, 5",
            "粤BX12345, 2",          // a letter third must be D or F
            "粤B1X345D, 3",          // large new-energy: five digits before the D
            "粤B123456, 7",          // five digits: the last must be D or F
            "粤BD1234学, 7",
    })
    void blamesTheCharacterOutOfPlace(String plate, int expected) {
        assertThat(PlateFormat.chinese().culprit(plate)).isEqualTo(expected);
        assertThat(PlateFormat.pattern("[A-Z]+").culprit(plate)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({
            "AB123, '[A-Z]{1,3}[0-9]{1,4}', VALID",
            "AB12345, '[A-Z]{1,3}[0-9]{1,4}', PATTERN_MISMATCH",
            "'', '[A-Z]+', EMPTY",
    })
    void checksOtherCountriesByPattern(String plate, String pattern, PlateCheck expected) {
        assertThat(PlateFormat.pattern(pattern).check(plate)).isEqualTo(expected);
    }
}
