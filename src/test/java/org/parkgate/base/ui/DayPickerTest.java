package org.parkgate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;

/** Date fields speak the user's language and say how to type a date. */
class DayPickerTest extends KaribuTest {

    @Test
    void inChineseTheCalendarIsChineseAndTheHintSaysYearMonthDay() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        var picker = new DayPicker("开始日期");
        UI.getCurrent().add(picker);
        assertThat(picker.getI18n().getMonthNames().getFirst()).isEqualTo("一月");
        assertThat(picker.getI18n().getWeekdaysShort().get(1)).isEqualTo("周一");
        assertThat(picker.getI18n().getFirstDayOfWeek()).as("Monday first").isEqualTo(1);
        assertThat(picker.getI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(picker.getHelperText()).isEqualTo("年-月-日，例如 2026-06-10");
        assertThat(picker.getI18n().getToday()).isEqualTo("今天");
    }
}
