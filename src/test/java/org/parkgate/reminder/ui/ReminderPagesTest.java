package org.parkgate.reminder.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.registry.RegistryService;
import org.parkgate.reminder.Announcement;
import org.parkgate.reminder.Channel;
import org.parkgate.reminder.DeliveryRow;
import org.parkgate.reminder.DeliveryStatus;
import org.parkgate.reminder.ReminderReason;
import org.parkgate.reminder.ReminderSchedule;
import org.parkgate.reminder.ReminderSettings;
import org.parkgate.reminder.ReminderTemplates;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder pages as the office uses them, with the demo data. */
class ReminderPagesTest extends KaribuTest {

    @Autowired
    ReminderSettings settings;
    @Autowired
    ReminderTemplates templates;
    @Autowired
    OwnerPayLinks payLinks;
    @Autowired
    RegistryService registry;

    @Test
    void theDeliveryLogShowsWhatTheDemoOwnersWereSentAndFilters() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("delivery-log");
        _setValue(_get(TextField.class, spec -> spec.withId("delivery-filter")), "京A10002");
        List<DeliveryRow> rows = rows();
        assertThat(rows).filteredOn(row -> row.reason() == ReminderReason.PASS_EXPIRING)
                .extracting(DeliveryRow::channel).contains(Channel.SMS, Channel.EMAIL, Channel.PAGE);
        @SuppressWarnings("unchecked")
        Grid<DeliveryRow> grid = _get(Grid.class, spec -> spec.withId("delivery-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).isIn("Pass expiring"));

        @SuppressWarnings("unchecked")
        Select<Channel> channel = _get(Select.class, spec -> spec.withId("delivery-channel"));
        _setValue(channel, Channel.PAGE);
        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.channel()).isEqualTo(Channel.PAGE));
        @SuppressWarnings("unchecked")
        Select<DeliveryStatus> status = _get(Select.class, spec -> spec.withId("delivery-status"));
        _setValue(status, DeliveryStatus.FAILED);
        assertThat(rows()).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("delivery-export-csv")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("delivery-export-xlsx")).getHref()).isNotBlank();
    }

    @Test
    void aManagerChangesALotsScheduleAndNonsenseIsRefused() {
        ReminderSchedule before = settings.all().get("P1");
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("reminders");
        try {
            @SuppressWarnings("unchecked")
            Grid<ReminderSchedule> grid = _get(Grid.class, spec -> spec.withId("reminders-grid"));
            int p1 = GridKt._findAll(grid).indexOf(before);
            assertThat(GridKt._getFormattedRow(grid, p1)).as("a lot by its name").contains("1号停车场 Lot P1");
            _click(_get(GridKt._getCellComponent(grid, p1, "actions"), Button.class,
                    spec -> spec.withId("reminders-edit-P1")));
            _setValue(_get(IntegerField.class, spec -> spec.withId("reminders-days-before")), 99);
            _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
            assertThat(_get(FormDialog.class).errorText()).isEqualTo("Days before must be between 0 and 60.");
            assertThat(settings.all().get("P1")).isEqualTo(before);

            _setValue(_get(IntegerField.class, spec -> spec.withId("reminders-days-before")), 5);
            @SuppressWarnings("unchecked")
            CheckboxGroup<Channel> channels = _get(CheckboxGroup.class, spec -> spec.withId("reminders-channels"));
            _setValue(channels, Set.of(Channel.SMS, Channel.PAGE));
            _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
            NotificationsKt.expectNotifications("Reminder schedule of lot 1号停车场 Lot P1 saved.");
            assertThat(settings.all().get("P1").daysBefore()).isEqualTo(5);
            assertThat(settings.all().get("P1").channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.PAGE);
        } finally {
            settings.save(before);
        }
    }

    @Test
    void aTemplateIsPreviewedBeforeSavingAndAnUnknownPlaceholderIsRefused() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("reminder-templates");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withId("template-language"));
        _setValue(language, "en");
        assertThat(_get(Span.class, spec -> spec.withId("template-state")).getText()).isEqualTo("Standard text");
        TextArea body = _get(TextArea.class, spec -> spec.withId("template-body"));
        _setValue(body, "{name}, please pay {amout} yuan: {link}");
        _click(_get(Button.class, spec -> spec.withId("template-save")));
        assertThat(_get(Span.class, spec -> spec.withId("template-error")).getText())
                .startsWith("Unknown placeholder {amout}. Known are: {name}, {plates}, {amount}");
        assertThat(templates.changed(Channel.SMS, ReminderReason.OVERDUE, "en")).isFalse();

        _setValue(body, "{name}, please pay {amount} yuan by {due}: {link}");
        _click(_get(Button.class, spec -> spec.withId("template-preview-button")));
        assertThat(_get(Div.class, spec -> spec.withId("template-preview")).getElement().getTextRecursively())
                .isEqualTo("张三 Zhang San, please pay 60.30 yuan by 2026-12-01: https://parking.example.com/pay-owner/abc123");
        try {
            _click(_get(Button.class, spec -> spec.withId("template-save")));
            assertThat(_get(Span.class, spec -> spec.withId("template-state")).getText()).isEqualTo("Changed by the office");
            assertThat(templates.template(Channel.SMS, ReminderReason.OVERDUE, "en").body())
                    .isEqualTo("{name}, please pay {amount} yuan by {due}: {link}");
            assertThat(templates.template(Channel.SMS, ReminderReason.OVERDUE, "zh-CN").body())
                    .as("the Chinese text is its own").contains("您好");
        } finally {
            _click(_get(Button.class, spec -> spec.withId("template-reset")));
        }
        assertThat(_get(Span.class, spec -> spec.withId("template-state")).getText()).isEqualTo("Standard text");
    }

    @Test
    void anAnnouncementReachesTheOwnersOfTheLotOnTheirPage() throws InterruptedException {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("announcements");
        _click(_get(Button.class, spec -> spec.withId("announcements-new")));
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        assertThat(_get(FormDialog.class).errorText()).isEqualTo("Enter a title of at most 100 characters.");
        _setValue(_get(TextField.class, spec -> spec.withId("announcement-title")), "车场维护 Maintenance");
        _setValue(_get(TextArea.class, spec -> spec.withId("announcement-text")), "周日上午东门入口维修，请走西门。");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));
        @SuppressWarnings("unchecked")
        Grid<Announcement> grid = _get(Grid.class, spec -> spec.withId("announcements-grid"));
        Announcement posted = GridKt._get(grid, 0);
        assertThat(posted.title()).isEqualTo("车场维护 Maintenance");
        assertThat(posted.recipients()).as("the demo owners with passes in P1").isGreaterThan(100);
        NotificationsKt.expectNotifications("Announcement sent to " + posted.recipients() + " owners.");

        login("cashier", Role.CASHIER);
        String link = payLinks.linkFor(registry.plateOwner("京A10001"));
        String token = link.substring(link.lastIndexOf('/') + 1);
        OwnerPayLinks.OwnerBill bill = payLinks.bill(token);
        // the page notice is delivered by the outbox's sender after the commit, on its own thread
        for (int i = 0; i < 100 && bill.notices().stream().noneMatch(n -> n.title().equals("车场维护 Maintenance")); i++) {
            Thread.sleep(50);
            bill = payLinks.bill(token);
        }
        assertThat(bill.notices()).anySatisfy(notice -> {
            assertThat(notice.title()).isEqualTo("车场维护 Maintenance");
            assertThat(notice.text()).contains("周日上午东门入口维修，请走西门。");
        });
    }

    @Test
    void onlyManagersAndAdminsChangeRemindersAndGuardsSeeNoLog() {
        login("cashier", Role.CASHIER);
        for (String page : List.of("reminders", "reminder-templates", "announcements")) {
            UI.getCurrent().navigate(page);
            assertThat(_find(Button.class, spec -> spec.withId("template-save"))).isEmpty();
            assertThat(_find(Grid.class, spec -> spec.withId("reminders-grid"))).isEmpty();
            assertThat(_find(Grid.class, spec -> spec.withId("announcements-grid"))).isEmpty();
        }
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("delivery-log");
        assertThat(_find(Grid.class, spec -> spec.withId("delivery-grid"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<DeliveryRow> rows() {
        return GridKt._findAll(_get(Grid.class, spec -> spec.withId("delivery-grid")));
    }
}
