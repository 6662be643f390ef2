package org.parkgate.reminder.ui;

import com.vaadin.flow.component.button.Button;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parkgate.base.ui.Confirmation;
import org.parkgate.base.ui.Notifications;
import org.parkgate.billing.PassHolderRow;
import org.parkgate.billing.ui.PassHoldersAction;
import org.parkgate.reminder.RemindedNow;
import org.parkgate.reminder.ReminderPlanner;
import org.springframework.stereotype.Component;

/**
 * "Remind selected" on the Pass holders page: each ticked holder once (an owner with two passes is
 * one reminder), after a confirmation; then how many were reminded, already reminded today, or
 * had nothing to be reminded of.
 */
@Component
class RemindHoldersAction implements PassHoldersAction {

    private final ReminderPlanner planner;

    RemindHoldersAction(ReminderPlanner planner) {
        this.planner = planner;
    }

    @Override
    public Button create(Supplier<List<PassHolderRow>> selected) {
        var remind = new Button();
        remind.setText(remind.getTranslation("reminders.now.selected"));
        remind.setId("holders-remind-selected");
        remind.addClickListener(click -> {
            Map<Long, String> owners = new LinkedHashMap<>();
            selected.get().forEach(row -> owners.putIfAbsent(row.ownerId(), row.ownerName()));
            if (owners.isEmpty()) {
                Notifications.info(remind.getTranslation("reminders.now.choose"));
                return;
            }
            Confirmation.ask(remind.getTranslation("reminders.now.selected"),
                    remind.getTranslation("reminders.now.confirm", owners.size()),
                    remind.getTranslation("reminders.now.selected"), () -> remindAll(remind, owners));
        });
        return remind;
    }

    private void remindAll(Button source, Map<Long, String> owners) {
        Map<RemindedNow.Outcome, Integer> counts = new EnumMap<>(RemindedNow.Outcome.class);
        for (RemindedNow.Outcome outcome : RemindedNow.Outcome.values()) {
            counts.put(outcome, 0);
        }
        boolean allDone = Notifications.attempt(source, () -> owners.keySet().forEach(owner ->
                counts.merge(planner.remindNow(owner).outcome(), 1, Integer::sum)));
        if (allDone) {
            Notifications.success(source.getTranslation("reminders.now.summary", counts.get(RemindedNow.Outcome.SENT),
                    counts.get(RemindedNow.Outcome.ALREADY_TODAY), counts.get(RemindedNow.Outcome.NOTHING_DUE)));
        }
    }
}
