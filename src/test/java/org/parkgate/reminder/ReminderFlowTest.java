package org.parkgate.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.parkgate.billing.PassHolderRow;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.FakeSmsGateway;
import org.parkgate.KaribuTest;
import org.parkgate.billing.NewPassPlan;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PassPeriod;
import org.parkgate.billing.PassService;
import org.parkgate.billing.PassesChanged;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Rate;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.OwnerContact;
import org.parkgate.registry.OwnerContacts;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders for an owner whose yearly pass period starts (and falls due) on 10 June 2027, lot P1
 * with the standard schedule (3 days before, on the due day, every 7 days overdue, stage changes;
 * SMS, e-mail and page; no SMS 21:00-08:00), day by day with a fixed clock, as the nightly jobs
 * would see it. SMS go to a local stand-in gateway, e-mail to a real SMTP server (GreenMail).
 */
class ReminderFlowTest extends KaribuTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final LocalDate DUE = LocalDate.of(2027, 6, 10);
    static final AtomicInteger TESTS = new AtomicInteger();

    @Autowired
    PassService passes;
    @Autowired
    PaymentService payments;
    @Autowired
    RegistryService registry;
    @Autowired
    OwnerContacts contacts;
    @Autowired
    ReminderPlanner planner;
    @Autowired
    OutboxSender sender;
    @Autowired
    DeliveryLog deliveryLog;
    @Autowired
    OwnerPayLinks payLinks;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditLog audit;

    long owner;
    String plate;
    String phone;
    String email;

    @BeforeEach
    void anOwnerWithAYearlyPassDueOnTheTenth() {
        int test = TESTS.incrementAndGet();
        clock.set(at(DUE.minusDays(20), 10));
        login("manager", Role.MANAGER);
        long plan = passes.createPlan(new NewPassPlan("提醒测试年卡", PassPeriod.YEAR, 60000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        plate = "湘B7" + String.format("%04d", test);
        phone = "1370000" + String.format("%04d", test);
        email = "reminder" + test + "@example.com";
        owner = registry.createOwner(new NewOwner("提醒" + test, phone, "8-08" + String.format("%02d", test)));
        contacts.change(owner, new OwnerContact(phone, email, "zh-CN"));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        passes.sell(owner, plan, List.of(plate), DUE);
        FakeSmsGateway.get().answer(phone, FakeSmsGateway.Mode.ACCEPT);
    }

    @AfterEach
    void backToNow() {
        FakeSmsGateway.get().answer(phone, FakeSmsGateway.Mode.ACCEPT);
        clock.reset();
    }

    @Test
    void theRightMessagesOnTheRightDaysAndNoneAfterPayment() throws Exception {
        night(DUE.minusDays(4));
        assertThat(rows()).as("4 days before: nothing yet").isEmpty();

        night(DUE.minusDays(3));
        assertThat(rows()).extracting(DeliveryRow::reason).containsOnly(ReminderReason.DUE_SOON);
        assertThat(rows()).extracting(DeliveryRow::channel)
                .containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL, Channel.PAGE);
        assertThat(rows()).allSatisfy(row -> assertThat(row.status()).isEqualTo(DeliveryStatus.SENT));
        FakeSmsGateway.Request sms = FakeSmsGateway.get().requestsContaining(phone).getFirst();
        assertThat(sms.body()).contains("600.00", "2027-06-10", "/pay-owner/", plate);
        assertThat(sms.header("X-Signature")).startsWith("t=");
        MimeMessage mail = mailsTo(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("停车费600.00元将于2027-06-10到期");
        assertThat((String) mail.getContent()).contains("/pay-owner/");
        assertThat(payLinks.bill(token()).notices()).as("anyone with the link reads it: name and plate masked")
                .singleElement().satisfies(notice -> assertThat(notice.text()).contains("600.00", "提**")
                        .doesNotContain(plate, "提醒" + TESTS.get()));

        night(DUE.minusDays(2));
        night(DUE.minusDays(1));
        assertThat(rows()).as("once per reason and period, however often the planner runs").hasSize(3);

        night(DUE);
        assertThat(reasons()).containsExactlyInAnyOrder(ReminderReason.DUE_SOON, ReminderReason.DUE_TODAY);

        for (int day = 1; day <= 6; day++) {
            night(DUE.plusDays(day));
        }
        // lot P1: 3 grace days, so the stage became OVERDUE on the 4th day after the due date
        assertThat(reasons()).containsExactlyInAnyOrder(ReminderReason.DUE_SOON, ReminderReason.DUE_TODAY,
                ReminderReason.STAGE_OVERDUE);
        night(DUE.plusDays(7));
        assertThat(reasons()).as("every 7 days while overdue").contains(ReminderReason.OVERDUE);
        assertThat(smsTexts()).hasSize(4);
        assertThat(smsTexts().getLast()).contains("2027-06-10").contains("/pay-owner/");

        login("cashier", Role.CASHIER);
        payments.recordAtCounter(owner, payments.balance(owner).total(), PaymentMethod.CASH, null);
        sender.sendDue();
        assertThat(reasons()).as("paid: access restored").contains(ReminderReason.RESTORED);
        assertThat(payLinks.bill(token()).notices()).as("the page no longer shows the debt")
                .singleElement().satisfies(notice -> assertThat(notice.text()).doesNotContain("欠费"));
        int before = rows().size();
        for (int day = 8; day <= 22; day++) {
            night(DUE.plusDays(day));
        }
        assertThat(rows()).as("nothing more once paid").hasSize(before);
    }

    @Test
    void staffRemindAnOverdueOwnerNowFromTheOwnerFileOnceADay() {
        clock.set(at(DUE.plusDays(2), 10));
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("owner/" + owner);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("remind-now-" + owner)));
        NotificationsKt.expectNotifications("Reminder to 提醒" + TESTS.get() + " about \"Overdue\" written: 3 messages"
                + " (see the delivery log).");
        sender.sendDue();
        assertThat(rows()).extracting(DeliveryRow::reason).containsOnly(ReminderReason.OVERDUE);
        assertThat(rows()).extracting(DeliveryRow::channel).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL,
                Channel.PAGE);
        assertThat(smsTexts()).as("today's late fee included").singleElement()
                .satisfies(text -> assertThat(text).contains("600.60", "2027-06-10", "/pay-owner/"));
        login("manager", Role.MANAGER);
        var sentNow = new AuditQuery(null, AuditAction.REMINDER_SENT_NOW, null, null);
        assertThat(audit.find(sentNow, 0, 50)).anySatisfy(entry -> {
            assertThat(entry.subject()).isEqualTo("owner " + owner);
            assertThat(entry.actor()).isEqualTo("cashier");
            assertThat(entry.detail()).isEqualTo("OVERDUE, 600.60, 3 message(s)");
        });

        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("owner/" + owner);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("remind-now-" + owner)));
        NotificationsKt.expectNotifications("提醒" + TESTS.get() + " was already reminded about \"Overdue\" today;"
                + " nothing more was sent.");
        assertThat(rows()).hasSize(3);

        payments.recordAtCounter(owner, payments.balance(owner).total(), PaymentMethod.CASH, null);
        clock.set(at(DUE.plusDays(3), 10));
        assertThat(planner.remindNow(owner).outcome()).as("paid, and the pass renews")
                .isEqualTo(RemindedNow.Outcome.NOTHING_DUE);
    }

    @Test
    void theTickedPassHoldersAreRemindedOncePerOwner() {
        clock.set(at(DUE.minusDays(10), 10));
        login("cashier", Role.CASHIER);
        UI.getCurrent().navigate("pass-holders");
        _setValue(_get(TextField.class, spec -> spec.withId("holders-filter")), plate);
        @SuppressWarnings("unchecked")
        Grid<PassHolderRow> grid = _get(Grid.class, spec -> spec.withId("holders-grid"));
        GridKt._findAll(grid).forEach(grid::select);
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("holders-remind-selected")));
        _click(_get(Button.class, spec -> spec.withId("confirm-yes")));
        NotificationsKt.expectNotifications("Reminded: 1; already reminded today: 0; nothing to remind of: 0.");
        assertThat(reasons()).as("not yet overdue: due soon").containsExactly(ReminderReason.DUE_SOON);
    }

    @Test
    void noSmsInQuietHoursButEmailAtOnce() {
        clock.set(at(DUE.minusDays(3), 22).plusSeconds(1800)); // 22:30
        planner.planToday();
        sender.sendDue();
        assertThat(row(Channel.SMS).status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(FakeSmsGateway.get().requestsContaining(phone)).isEmpty();
        assertThat(row(Channel.EMAIL).status()).isEqualTo(DeliveryStatus.SENT);

        clock.set(at(DUE.minusDays(2), 7).plusSeconds(3540)); // 07:59 next morning
        sender.sendDue();
        assertThat(FakeSmsGateway.get().requestsContaining(phone)).isEmpty();
        String corrected = "136" + phone.substring(3);
        login("cashier", Role.CASHIER);
        contacts.change(owner, new OwnerContact(corrected, email, "zh-CN")); // the office fixes a wrong number
        clock.set(at(DUE.minusDays(2), 8));
        sender.sendDue();
        assertThat(row(Channel.SMS).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(row(Channel.SMS).recipient()).isEqualTo(corrected);
        assertThat(FakeSmsGateway.get().requestsContaining("\"phone\":\"" + corrected)).hasSize(1);
        assertThat(FakeSmsGateway.get().requestsContaining("\"phone\":\"" + phone)).isEmpty();
    }

    @Test
    void gatewayFailuresAreRetriedWithBackOffAndLoggedWithTheAnswer() {
        clock.set(at(DUE.minusDays(3), 10));
        FakeSmsGateway.get().answer(phone, FakeSmsGateway.Mode.REFUSE);
        planner.planToday();
        sender.sendDue();
        DeliveryRow refused = row(Channel.SMS);
        assertThat(refused.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.answer()).contains("isv.MOBILE_NUMBER_ILLEGAL");

        clock.advance(java.time.Duration.ofSeconds(30));
        sender.sendDue();
        assertThat(row(Channel.SMS).attempts()).as("not before the back-off of 1 minute").isEqualTo(1);

        FakeSmsGateway.get().answer(phone, FakeSmsGateway.Mode.SERVER_ERROR);
        clock.advance(java.time.Duration.ofMinutes(1));
        sender.sendDue();
        assertThat(row(Channel.SMS).answer()).startsWith("HTTP 500");

        FakeSmsGateway.get().answer(phone, FakeSmsGateway.Mode.TOO_SLOW);
        clock.advance(java.time.Duration.ofMinutes(5));
        sender.sendDue();
        assertThat(row(Channel.SMS).answer()).isEqualTo("reminders.answer.timeout|1000");
        assertThat(row(Channel.SMS).attempts()).isEqualTo(3);

        FakeSmsGateway.get().answer(phone, FakeSmsGateway.Mode.REFUSE);
        for (int i = 0; i < 3; i++) {
            clock.advance(java.time.Duration.ofHours(3));
            sender.sendDue();
        }
        assertThat(row(Channel.SMS).status()).as("given up after 6 tries").isEqualTo(DeliveryStatus.FAILED);
        assertThat(row(Channel.SMS).attempts()).isEqualTo(OutboxSender.MAX_ATTEMPTS);
        assertThat(row(Channel.EMAIL).status()).as("e-mail is not held up by the SMS gateway")
                .isEqualTo(DeliveryStatus.SENT);
        List<String> outIds = FakeSmsGateway.get().requestsContaining(phone).stream()
                .map(request -> request.body().replaceAll(".*\"outId\":\"(\\d+)\".*", "$1")).distinct().toList();
        assertThat(outIds).as("every try carries the same message id").hasSize(1);
    }

    @Test
    void overlappingRunsAndARestartMidSendSendEachMessageOnce() throws Exception {
        clock.set(at(DUE.minusDays(3), 22)); // quiet hours: the SMS waits for the morning
        Thread first = new Thread(planner::planToday);
        Thread second = new Thread(planner::planToday);
        first.start();
        second.start();
        first.join();
        second.join();
        sender.sendDue();
        assertThat(rows()).hasSize(3);

        // in the morning, a stop while the SMS was being handed over leaves its claim behind
        clock.set(at(DUE.minusDays(2), 8));
        transaction.executeWithoutResult(status -> JdbcClient.create(context.getBean(DataSource.class))
                .sql("UPDATE reminder_message SET status = 'SENDING', claimed_until = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().plus(OutboxSender.CLAIM)), row(Channel.SMS).id())
                .update());
        sender.sendDue();
        assertThat(row(Channel.SMS).status()).as("claimed by the stopped run").isEqualTo(DeliveryStatus.SENDING);
        assertThat(FakeSmsGateway.get().requestsContaining(phone)).isEmpty();

        planner.planToday(); // the restart plans the day again
        clock.advance(OutboxSender.CLAIM.plusSeconds(1));
        sender.sendDue();
        sender.sendDue();
        assertThat(rows()).hasSize(3);
        assertThat(row(Channel.SMS).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(FakeSmsGateway.get().requestsContaining(phone)).hasSize(1);
        assertThat(mailsTo(email)).hasSize(1);
    }

    /** The nightly jobs of {@code day}, then the morning's sending at 10:00. */
    void night(LocalDate day) {
        clock.set(at(day, 10));
        // the arrears of this owner as the nightly recomputation would set them
        transaction.executeWithoutResult(status -> events.publishEvent(new PassesChanged(owner)));
        planner.planToday();
        sender.sendDue();
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(BEIJING).toInstant();
    }

    List<DeliveryRow> rows() {
        login("cashier", Role.CASHIER);
        return deliveryLog.find(new DeliveryQuery(plate, null, null, 0, 100));
    }

    DeliveryRow row(Channel channel) {
        return rows().stream().filter(row -> row.channel() == channel).reduce((a, b) -> b).orElseThrow();
    }

    List<ReminderReason> reasons() {
        return rows().stream().map(DeliveryRow::reason).distinct().toList();
    }

    List<String> smsTexts() {
        return FakeSmsGateway.get().requestsContaining(phone).stream().map(FakeSmsGateway.Request::body).toList();
    }

    String token() {
        login("cashier", Role.CASHIER);
        String link = payLinks.linkFor(owner);
        return link.substring(link.lastIndexOf('/') + 1);
    }

    List<MimeMessage> mailsTo(String address) throws Exception {
        return Arrays.stream(AppTestSupport.MAIL.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
