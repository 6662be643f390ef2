package org.parkgate.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.util.stream.Collectors;
import org.parkgate.base.LotNames;
import org.parkgate.base.ui.DayFields;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.GridWidths;
import org.parkgate.base.ui.Notifications;
import org.parkgate.reminder.Channel;
import org.parkgate.reminder.ReminderException;
import org.parkgate.reminder.ReminderSchedule;
import org.parkgate.reminder.ReminderSettings;
import org.parkgate.security.Role;

/**
 * Each lot's reminder schedule: days before expiry or due date, on the due day, every few days
 * while overdue, on stage changes; the channels; the quiet hours without SMS.
 */
@Route("reminders")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 911, title = "menu.reminders", icon = "vaadin:bell-o")
final class ReminderSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ReminderSettings settings;
    final Grid<ReminderSchedule> grid = new Grid<>();

    private final LotNames lots;

    ReminderSettingsView(ReminderSettings settings, LotNames lots) {
        this.lots = lots;
        this.settings = settings;
        addClassName("parkgate-view");
        setSizeFull();
        grid.setId("reminders-grid");
        grid.addColumn(row -> lots.lotName(row.lot())).setHeader(getTranslation("terms.lot"));
        grid.addColumn(s -> s.daysBefore() == 0 ? getTranslation("reminders.off") : s.daysBefore())
                .setHeader(getTranslation("reminders.days-before"));
        grid.addColumn(s -> yesNo(s.onDueDay())).setHeader(getTranslation("reminders.on-due-day"));
        grid.addColumn(s -> s.overdueEveryDays() == 0 ? getTranslation("reminders.off") : s.overdueEveryDays())
                .setHeader(getTranslation("reminders.every"));
        grid.addColumn(s -> yesNo(s.onStageChange())).setHeader(getTranslation("reminders.on-stage-change"));
        grid.addColumn(s -> s.channels().stream().sorted().map(c -> getTranslation("reminder.channel." + c.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("reminders.channels"));
        grid.addColumn(s -> s.quietFrom() + " - " + s.quietUntil()).setHeader(getTranslation("reminders.quiet"));
        grid.addComponentColumn(row -> {
            var edit = new Button(getTranslation("terms.edit"), click -> edit(row));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setId("reminders-edit-" + row.lot());
            return edit;
        }).setHeader(getTranslation("owners.actions")).setKey("actions");
        GridWidths.shareTheWidth(grid);
        add(grid);
        expand(grid);
        refresh();
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "reminders.yes" : "reminders.no");
    }

    private void edit(ReminderSchedule current) {
        var before = days("reminders.days-before", current.daysBefore());
        var dueDay = new Checkbox(getTranslation("reminders.on-due-day"), current.onDueDay());
        dueDay.setId("reminders-on-due-day");
        var every = days("reminders.every", current.overdueEveryDays());
        var stage = new Checkbox(getTranslation("reminders.on-stage-change"), current.onStageChange());
        stage.setId("reminders-on-stage-change");
        var channels = new CheckboxGroup<Channel>(getTranslation("reminders.channels"));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(c -> getTranslation("reminder.channel." + c.name()));
        channels.setValue(current.channels());
        channels.setId("reminders-channels");
        var quietFrom = time("reminders.quiet-from", current.quietFrom());
        var quietUntil = time("reminders.quiet-until", current.quietUntil());
        quietUntil.setHelperText(getTranslation("reminders.quiet.help"));
        new FormDialog(getTranslation("reminders.edit-title", lots.lotName(current.lot())),
                new FormLayout(before, dueDay, every, stage, channels, quietFrom, quietUntil),
                () -> settings.save(new ReminderSchedule(current.lot(), DayFields.value(before), dueDay.getValue(),
                        DayFields.value(every), stage.getValue(), channels.getValue(), value(quietFrom), value(quietUntil))),
                () -> {
                    Notifications.success(getTranslation("reminders.saved", lots.lotName(current.lot())));
                    refresh();
                }).open();
    }

    private IntegerField days(String labelKey, int value) {
        var field = DayFields.of(labelKey, value);
        field.setHelperText(getTranslation("reminders.zero-off"));
        return field;
    }

    private TimePicker time(String labelKey, LocalTime value) {
        var picker = new TimePicker(getTranslation(labelKey), value);
        picker.setStep(Duration.ofMinutes(30));
        picker.setId(labelKey.replace('.', '-'));
        return picker;
    }

    private static LocalTime value(TimePicker picker) {
        if (picker.getValue() == null) {
            throw new ReminderException("error.reminders.quiet-invalid");
        }
        return picker.getValue();
    }

    private void refresh() {
        grid.setItems(settings.all().values());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminders.title");
    }
}
