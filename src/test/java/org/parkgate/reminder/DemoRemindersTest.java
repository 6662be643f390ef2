package org.parkgate.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.billing.PaymentMethod;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.Reversal;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The demo as started: the owner of 京A10002 (pass ending in 3 days, reads English) and of
 * 京A10003 (10 days overdue) are reminded, and paying stops the reminders.
 */
class DemoRemindersTest extends KaribuTest {

    @Autowired
    DeliveryLog deliveryLog;
    @Autowired
    OutboxSender sender;
    @Autowired
    ReminderPlanner planner;
    @Autowired
    PaymentService payments;
    @Autowired
    RegistryService registry;
    @Autowired
    ReminderTemplates templates;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theOwnerOf10002HearsThePassEndsInHerLanguage() {
        sender.sendDue();
        List<DeliveryRow> rows = rows("京A10002").stream()
                .filter(row -> row.reason() == ReminderReason.PASS_EXPIRING).toList();
        assertThat(rows).extracting(DeliveryRow::channel).containsExactlyInAnyOrder(Channel.SMS, Channel.EMAIL,
                Channel.PAGE);
        assertThat(rows).allSatisfy(row -> {
            if (row.channel() == Channel.PAGE) { // the page opens with the link alone: name and plate masked
                assertThat(row.body()).startsWith("Dear 王**").contains("京A1**02", "/pay-owner/")
                        .doesNotContain("京A10002");
            } else {
                assertThat(row.body()).startsWith("Dear 王静").contains("京A10002", "/pay-owner/");
            }
            // the SMS may be waiting for the end of the quiet hours, depending on when the test runs
            assertThat(row.status()).isIn(DeliveryStatus.SENT, DeliveryStatus.PENDING);
        });
        assertThat(rows).filteredOn(row -> row.channel() == Channel.EMAIL).singleElement()
                .satisfies(row -> assertThat(row.recipient()).isEqualTo("a10002@demo.parkgate.invalid"));
    }

    @Test
    void theOwnerOf10003IsRemindedUntilThePaymentStopsIt() {
        assertThat(rows("京A10003")).extracting(DeliveryRow::reason).contains(ReminderReason.STAGE_OVERDUE);
        long owner = registry.plateOwner("京A10003");
        login("cashier", Role.CASHIER);
        long paid = payments.recordAtCounter(owner, payments.balance(owner).total(), PaymentMethod.CASH, null);
        try {
            sender.sendDue();
            List<DeliveryRow> after = rows("京A10003");
            assertThat(after).extracting(DeliveryRow::reason).contains(ReminderReason.RESTORED);
            assertThat(after).as("nothing about the debt is waiting any more")
                    .noneMatch(row -> row.reason().aboutDebt() && row.status() == DeliveryStatus.PENDING);
            clock.advance(Duration.ofDays(7));
            planner.planToday();
            assertThat(rows("京A10003")).as("a week later: no overdue reminder").hasSameSizeAs(after);
        } finally {
            clock.reset();
            login("manager", Role.MANAGER);
            payments.reverse(paid, Reversal.VOID, "demo test: owed again as the demo says");
        }
    }

    @Test
    void onlyTheOfficeReadsTheLogAndCashiersCannotChangeTemplates() {
        login("guard", Role.GUARD);
        assertThatThrownBy(() -> deliveryLog.count(new DeliveryQuery("", null, null, 0, 1)))
                .isInstanceOf(AuthorizationDeniedException.class);
        login("cashier", Role.CASHIER);
        assertThatThrownBy(() -> templates.save(Channel.SMS, ReminderReason.OVERDUE, "en",
                new MessageTemplate("", "{name}")))
                .isInstanceOf(AuthorizationDeniedException.class);
        login("manager", Role.MANAGER);
        assertThatThrownBy(() -> templates.save(Channel.SMS, ReminderReason.OVERDUE, "en",
                new MessageTemplate("", "x".repeat(ReminderTemplates.SMS_MAX + 1))))
                .isInstanceOf(ReminderException.class).hasMessage("error.reminders.too-long");
        assertThatThrownBy(() -> templates.save(Channel.EMAIL, ReminderReason.OVERDUE, "en",
                new MessageTemplate(" ", "{name}")))
                .isInstanceOf(ReminderException.class).hasMessage("error.reminders.subject-empty");
    }

    List<DeliveryRow> rows(String plate) {
        login("cashier", Role.CASHIER);
        return deliveryLog.find(new DeliveryQuery(plate, null, null, 0, 500));
    }
}
