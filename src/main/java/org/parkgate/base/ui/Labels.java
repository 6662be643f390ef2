package org.parkgate.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A label and what it is about ("Collect cash: East exit"), with the colon of the user's language
 * (Chinese: a full-width "："), for dialog titles, confirmations and field lines.
 */
public final class Labels {

    private Labels() {
    }

    public static String of(Component owner, String labelKey, Object subject) {
        return owner.getTranslation("label.value", owner.getTranslation(labelKey), subject);
    }
}
