package org.parkgate.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.parkgate.base.ui.Notifications;
import org.parkgate.registry.OwnerRow;
import org.parkgate.registry.ui.OwnerRowAction;
import org.parkgate.reminder.RemindedNow;
import org.parkgate.reminder.ReminderPlanner;
import org.springframework.stereotype.Component;

/** "Remind now" (立即提醒) on the Owners page and in the owner's file: what they owe, or their pass ending. */
@Component
class RemindNowAction implements OwnerRowAction {

    private final ReminderPlanner planner;

    RemindNowAction(ReminderPlanner planner) {
        this.planner = planner;
    }

    @Override
    public Button create(OwnerRow owner) {
        var remind = new Button();
        remind.setText(remind.getTranslation("reminders.now"));
        remind.addClickListener(click -> {
            RemindedNow[] done = new RemindedNow[1];
            if (Notifications.attempt(remind, () -> done[0] = planner.remindNow(owner.id()))) {
                announce(remind, owner.name(), done[0]);
            }
        });
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remind.setId("remind-now-" + owner.id());
        return remind;
    }

    /** The outcome in words: what was sent, or why nothing was. */
    static void announce(com.vaadin.flow.component.Component source, String name, RemindedNow done) {
        switch (done.outcome()) {
            case SENT -> Notifications.success(source.getTranslation("reminders.now.sent", name,
                    source.getTranslation("reminder.reason." + done.reason().name()), done.messages()));
            case ALREADY_TODAY -> Notifications.info(source.getTranslation("reminders.now.already", name,
                    source.getTranslation("reminder.reason." + done.reason().name())));
            case NOTHING_DUE -> Notifications.info(source.getTranslation("reminders.now.nothing", name));
        }
    }
}
