package org.parkgate.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.parkgate.base.LotNames;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.reminder.Announcement;
import org.parkgate.reminder.Announcements;
import org.parkgate.reminder.Channel;
import org.parkgate.reminder.ReminderSettings;
import org.parkgate.security.Role;

/** Notices to all owners of a lot by the chosen channels, and the ones posted before. */
@Route("announcements")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 402, title = "menu.announcements", icon = "vaadin:megaphone")
final class AnnouncementsView extends VerticalLayout implements HasDynamicTitle {

    private final Announcements announcements;
    private final ReminderSettings settings;
    final Grid<Announcement> grid = new Grid<>();

    AnnouncementsView(Announcements announcements, ReminderSettings settings, LotNames lots, Clock clock) {
        this.announcements = announcements;
        this.settings = settings;
        addClassName("parkgate-view");
        setSizeFull();
        var post = new Button(getTranslation("announcements.new"), click -> openPostDialog());
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.setId("announcements-new");
        grid.setId("announcements-grid");
        grid.addColumn(a -> DateTimes.format(a.postedAt(), clock)).setHeader(getTranslation("announcements.posted"));
        grid.addColumn(row -> lots.lotName(row.lot())).setHeader(getTranslation("terms.lot"));
        grid.addColumn(Announcement::title).setHeader(getTranslation("announcements.title-field"));
        grid.addColumn(a -> a.channels().stream().sorted().map(c -> getTranslation("reminder.channel." + c.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("reminders.channels"));
        grid.addColumn(Announcement::recipients).setHeader(getTranslation("announcements.recipients"));
        grid.addColumn(Announcement::postedBy).setHeader(getTranslation("announcements.by"));
        grid.addColumn(Announcement::text).setHeader(getTranslation("announcements.text")).setFlexGrow(2);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        add(post, grid);
        expand(grid);
        refresh();
    }

    private void openPostDialog() {
        var lot = new Select<String>();
        lot.setLabel(getTranslation("terms.lot"));
        var lots = settings.all().keySet();
        lot.setItems(lots);
        lot.setId("announcement-lot");
        lots.stream().findFirst().ifPresent(lot::setValue);
        var title = new TextField(getTranslation("announcements.title-field"));
        title.setId("announcement-title");
        var text = new TextArea(getTranslation("announcements.text"));
        text.setId("announcement-text");
        text.setHelperText(getTranslation("announcements.text.help"));
        var channels = new CheckboxGroup<Channel>(getTranslation("reminders.channels"));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(c -> getTranslation("reminder.channel." + c.name()));
        channels.setValue(EnumSet.of(Channel.PAGE));
        channels.setId("announcement-channels");
        Announcement[] posted = new Announcement[1];
        new FormDialog(getTranslation("announcements.new"), new FormLayout(lot, title, text, channels),
                () -> posted[0] = announcements.post(lot.getValue(), title.getValue(), text.getValue(),
                        channels.getValue()),
                () -> {
                    Notifications.success(getTranslation("announcements.posted-to", posted[0].recipients()));
                    refresh();
                }).open();
    }

    private void refresh() {
        grid.setItems(announcements.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("announcements.title");
    }
}
