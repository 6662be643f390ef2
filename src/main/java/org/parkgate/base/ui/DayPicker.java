package org.parkgate.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A date field in the user's language (month and day names, Monday first) that says how to type
 * a date: always year-month-day, e.g. 2026-06-10, which reads the same in Chinese and English.
 */
public class DayPicker extends DatePicker {

    /** How dates are typed and shown. */
    public static final String FORMAT = "yyyy-MM-dd";

    public DayPicker() {
        setPlaceholder(FORMAT.toUpperCase(Locale.ROOT));
    }

    public DayPicker(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        Locale locale = getLocale();
        // Vaadin's lists start on Sunday
        List<DayOfWeek> week = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(day -> day != DayOfWeek.SUNDAY)).toList();
        setI18n(new DatePickerI18n()
                .setMonthNames(Stream.of(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdays(week.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat(FORMAT)
                .setToday(getTranslation("date.today"))
                .setCancel(getTranslation("action.cancel"))
                .setBadInputErrorMessage(getTranslation("date.bad-input", FORMAT.toUpperCase(Locale.ROOT))));
        if (getHelperText() == null || getHelperText().isEmpty()) {
            setHelperText(getTranslation("date.hint"));
        }
    }
}
