package org.parkgate.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkgate.OwnContextSecurityStrategy;
import org.parkgate.KaribuTest;
import org.parkgate.TestClock;
import org.parkgate.reminder.sms.TencentSmsStandIn;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Its own application context (Tencent Cloud as the SMS provider), closed after the class, and
 * the other tests' security-context strategy put back ({@link OwnContextSecurityStrategy}).
 *
 * <p>The demo's first-start reminders go out through Tencent Cloud SMS (a local stand-in that checks
 * TC3-HMAC-SHA256 with keys made for this test) with each reason's template, and the providers'
 * reports come back into the delivery log: delivered, or not delivered with the provider's words.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OwnContextSecurityStrategy.class)
class SmsProviderFlowTest extends KaribuTest {

    @AfterAll
    static void stopTheStandIn() {
        TENCENT.close();
    }

    private static final String SECRET_ID = "AKID-flow-" + System.nanoTime();
    private static final String SECRET_KEY = "flow-" + Long.toHexString(System.nanoTime() * 31);
    private static final TencentSmsStandIn TENCENT = TencentSmsStandIn.start(SECRET_ID, SECRET_KEY, "1400009999");

    static {
        TENCENT.clock(Clock.fixed(TestClock.START, ZoneOffset.UTC)); // the tests' clock, within its 5 minutes
    }

    @DynamicPropertySource
    static void tencentCloud(DynamicPropertyRegistry registry) {
        registry.add("parkgate.reminders.sms.provider", () -> "tencent");
        registry.add("parkgate.reminders.sms.endpoint", TENCENT::url);
        registry.add("parkgate.reminders.sms.access-key", () -> SECRET_ID);
        registry.add("parkgate.reminders.sms.secret", () -> SECRET_KEY);
        registry.add("parkgate.reminders.sms.app-id", () -> "1400009999");
        registry.add("parkgate.reminders.sms.sign-name", () -> "示范物业");
        registry.add("parkgate.reminders.sms.template-id", () -> "2000000");
        registry.add("parkgate.reminders.sms.template-ids.OVERDUE", () -> "2000002");
        registry.add("parkgate.reminders.sms.template-ids.STAGE_OVERDUE", () -> "2000003");
    }

    @Autowired
    DeliveryReceipts receipts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemosRemindersGoThroughTencentCloudAndTheirReceiptsReachTheDeliveryLog() throws Exception {
        List<TencentSmsStandIn.Sent> sent = awaitTexts(jdbc);
        assertThat(TENCENT.refusedSignatures()).as("every request signed right").isZero();
        assertThat(sent).extracting(TencentSmsStandIn.Sent::phone).allMatch(phone -> phone.startsWith("+86138000000"));
        TencentSmsStandIn.Sent overdue = sent.stream().filter(text -> text.phone().equals("+8613800000003")).findFirst()
                .orElseThrow();
        String reason = jdbc.sql("SELECT reason FROM reminder_message WHERE channel = 'SMS' AND recipient = '13800000003'")
                .query(String.class).single();
        assertThat(overdue.templateId()).as("京A10003, %s", reason)
                .isEqualTo(reason.equals("STAGE_OVERDUE") ? "2000003" : "2000002");
        assertThat(overdue.templateParams()).hasSize(2).first().asString().matches("\\d+\\.\\d{2}");
        assertThat(sent.stream().filter(text -> text.phone().equals("+8613800000002")))
                .as("京A10002, pass ends: the default template").extracting(TencentSmsStandIn.Sent::templateId)
                .containsOnly("2000000");

        TENCENT.deliveryOutcome("+8613800000002", false);
        assertThat(receipts.collect()).isEqualTo(sent.size());
        assertThat(receipt("13800000003")).isEqualTo("DELIVERED");
        assertThat(receipt("13800000002")).isEqualTo("UNDELIVERED");
        assertThat(receipts.collect()).as("nothing left to report").isZero();

        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("delivery-log");
        @SuppressWarnings("unchecked")
        Grid<DeliveryRow> grid = _get(Grid.class, spec -> spec.withId("delivery-grid"));
        List<String> shown = new java.util.ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            DeliveryRow item = GridKt._get(grid, row);
            if (item.channel() == Channel.SMS && item.receipt() != null) {
                shown.add(item.recipient() + " " + GridKt._getFormatted(grid, row, "receipt"));
            }
        }
        assertThat(shown).anyMatch(line -> line.startsWith("13800000003 Delivered 2026-06-10"))
                .anyMatch(line -> line.startsWith("13800000002 Not delivered 2026-06-10") && line.endsWith(": UNDELIV"));
    }

    private String receipt(String phone) {
        return jdbc.sql("SELECT MIN(receipt) FROM reminder_message WHERE channel = 'SMS' AND recipient = ?").param(phone)
                .query(String.class).single();
    }

    /** Every SMS of the outbox handed over (at least the demo's three), and what the stand-in took. */
    private static List<TencentSmsStandIn.Sent> awaitTexts(JdbcClient jdbc) throws InterruptedException {
        for (int i = 0; i < 200 && (TENCENT.sent().size() < 3 || waiting(jdbc) > 0); i++) {
            Thread.sleep(50);
        }
        assertThat(TENCENT.sent()).as("the demo's first-start reminders; the outbox has %s",
                jdbc.sql("SELECT recipient, status, answer FROM reminder_message WHERE channel = 'SMS'").query().listOfRows())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(waiting(jdbc)).as("no text left waiting").isZero();
        return TENCENT.sent();
    }

    private static long waiting(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_message WHERE channel = 'SMS' AND status IN ('PENDING', 'SENDING')")
                .query(Long.class).single();
    }
}
