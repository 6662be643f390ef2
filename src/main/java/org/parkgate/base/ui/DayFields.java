package org.parkgate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.IntegerField;

/** Whole-day numbers in settings forms: the field, and its value with "empty" as an invalid -1. */
public final class DayFields {

    private DayFields() {
    }

    /** A field labelled by {@code labelKey}, with the key (dots as dashes) as its id. */
    public static IntegerField of(String labelKey, int value) {
        var field = new IntegerField(field(labelKey));
        field.setId(labelKey.replace('.', '-'));
        field.setValue(value);
        return field;
    }

    /** The number typed, or -1 when the field is empty, which every check refuses. */
    public static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private static String field(String labelKey) {
        return UI.getCurrent().getTranslation(labelKey);
    }
}
