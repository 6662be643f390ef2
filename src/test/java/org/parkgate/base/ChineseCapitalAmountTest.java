package org.parkgate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts in Chinese capitals against the examples of the rules for bills and vouchers and a few more. */
class ChineseCapitalAmountTest {

    @ParameterizedTest(name = "{0} fen = {1}")
    @CsvSource({
            "0, 零元整",
            "5, 伍分",
            "50, 伍角整",
            "55, 伍角伍分",
            "100, 壹元整",
            "1000, 壹拾元整",
            "1050, 壹拾元伍角整",
            "1500, 壹拾伍元整",
            "10005, 壹佰元零伍分",
            "61350, 陆佰壹拾叁元伍角整",
            "32504, 叁佰贰拾伍元零肆分",
            "101000, 壹仟零壹拾元整",
            "140950, 壹仟肆佰零玖元伍角整",
            "168032, 壹仟陆佰捌拾元叁角贰分",
            "600714, 陆仟零柒元壹角肆分",
            "1640902, 壹万陆仟肆佰零玖元零贰分",
            "1000100, 壹万零壹元整",
            "10700053, 壹拾万零柒仟元伍角叁分",
            "100000009, 壹佰万元零玖分",
            "500302050, 伍佰万零叁仟零贰拾元伍角整",
            "10000000000, 壹亿元整",
            "10000000100, 壹亿零壹元整",
            "10001000000, 壹亿零壹万元整",
            "12345678901, 壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分",
            "99999999999999, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
    })
    void writesTheCapitals(long fen, String capitals) {
        assertThat(ChineseCapitalAmount.of(fen)).isEqualTo(capitals);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -61350, ChineseCapitalAmount.LIMIT, Long.MAX_VALUE, Long.MIN_VALUE})
    void refusesNegativeAndTooLargeAmounts(long fen) {
        assertThatThrownBy(() -> ChineseCapitalAmount.of(fen)).isInstanceOf(IllegalArgumentException.class);
    }
}
