package org.parkgate.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.parkgate.base.UserFacingException;

/** Short confirmations and refusals in the corner of the screen. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void refused(com.vaadin.flow.component.Component source, UserFacingException refused) {
        Notification.show(source.getTranslation(refused.messageKey(), refused.arguments()), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
