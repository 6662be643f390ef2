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

    /** Something to know that is neither a success nor a refusal ("nobody found"): plain, a little longer. */
    public static void info(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START);
    }

    /**
     * Runs a change; a refusal is shown to the user in their language and changes nothing.
     *
     * @return whether the change was made
     */
    public static boolean attempt(com.vaadin.flow.component.Component source, Runnable change) {
        try {
            change.run();
            return true;
        } catch (UserFacingException refused) {
            refused(source, refused);
            return false;
        }
    }

    public static void refused(com.vaadin.flow.component.Component source, UserFacingException refused) {
        Notification.show(source.getTranslation(refused.messageKey(), refused.arguments()), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
