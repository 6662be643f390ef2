package org.parkgate.reminder.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.parkgate.reminder.OutgoingMessage;
import org.parkgate.reminder.Receipt;
import org.parkgate.reminder.ReceiptSource;
import org.parkgate.reminder.ReminderChannel;
import org.parkgate.reminder.ReminderReason;

/**
 * The Aliyun and Tencent Cloud channels against local stand-ins that speak each provider's
 * protocol and check its signature with keys made for the test: what they send, what a refusal
 * and a wrong key look like in the delivery log, and the delivery receipts they read back.
 */
class ProviderChannelsTest {

    private static final AtomicLong IDS = new AtomicLong(9000);
    private static final String KEY_ID = "LTAI-test-" + System.nanoTime();
    private static final String SECRET = "secret-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

    @Test
    void aliyunSendsTheTemplateWithItsParametersAndReadsTheReceipts() throws Exception {
        try (AliyunSmsStandIn aliyun = AliyunSmsStandIn.start(KEY_ID, SECRET)) {
            AliyunSmsChannel channel = new AliyunSmsChannel(settings(SmsProvider.ALIYUN, aliyun.url(), SECRET), Clock.systemUTC());
            ReminderChannel.Handed handed = channel.deliver(overdue("13800001001"));
            assertThat(aliyun.refusedSignatures()).isZero();
            AliyunSmsStandIn.Sent sent = aliyun.sent().getLast();
            assertThat(sent.phone()).isEqualTo("13800001001");
            assertThat(sent.signName()).isEqualTo("示范物业");
            assertThat(sent.templateCode()).isEqualTo("SMS_OVERDUE");
            assertThat(sent.templateParam()).containsExactly(Map.entry("amount", "613.50"), Map.entry("due", "2026-06-01"));
            assertThat(handed.reference()).as("the BizId is kept for the receipt").isEqualTo(sent.bizId());
            assertThat(handed.answer()).startsWith("HTTP 200 ").contains("\"Code\":\"OK\"");

            channel.deliver(overdue("13800001002"));
            channel.deliver(overdue("13800001003"));
            aliyun.deliveryOutcome("13800001002", AliyunSmsStandIn.Outcome.FAILED);
            aliyun.deliveryOutcome("13800001003", AliyunSmsStandIn.Outcome.WAITING);
            List<ReceiptSource.Awaiting> awaiting = aliyun.sent().stream()
                    .map(text -> new ReceiptSource.Awaiting(text.bizId(), text.phone(), java.time.Instant.now())).toList();
            List<Receipt> receipts = channel.receipts(awaiting);
            assertThat(receipts).as("the text still on its way is not reported").hasSize(2);
            assertThat(receipts.get(0).delivered()).isTrue();
            assertThat(receipts.get(0).detail()).isEqualTo("DELIVERED");
            assertThat(receipts.get(0).at()).isNotNull();
            assertThat(receipts.get(1).delivered()).isFalse();
            assertThat(receipts.get(1).detail()).isEqualTo("IS:0001");
            assertThat(aliyun.refusedSignatures()).isZero();
        }
    }

    @Test
    void aliyunRefusalsAndAWrongSecretAreFailuresWithTheProvidersWords() throws Exception {
        try (AliyunSmsStandIn aliyun = AliyunSmsStandIn.start(KEY_ID, SECRET)) {
            aliyun.refuse("13800001009");
            AliyunSmsChannel channel = new AliyunSmsChannel(settings(SmsProvider.ALIYUN, aliyun.url(), SECRET), Clock.systemUTC());
            assertThatThrownBy(() -> channel.deliver(overdue("13800001009"))).isInstanceOf(ReminderChannel.DeliveryFailure.class)
                    .hasMessageContaining("isv.MOBILE_NUMBER_ILLEGAL");

            AliyunSmsChannel wrongKey = new AliyunSmsChannel(settings(SmsProvider.ALIYUN, aliyun.url(), "not-" + SECRET),
                    Clock.systemUTC());
            assertThatThrownBy(() -> wrongKey.deliver(overdue("13800001008"))).isInstanceOf(ReminderChannel.DeliveryFailure.class)
                    .hasMessageContaining("SignatureDoesNotMatch");
            assertThat(aliyun.refusedSignatures()).isEqualTo(1);
            assertThat(aliyun.sent()).isEmpty();

            assertThatThrownBy(() -> channel.deliver(message(ReminderReason.RESTORED, "13800001007")))
                    .isInstanceOf(ReminderChannel.DeliveryFailure.class).hasMessage("reminders.answer.no-template|RESTORED");
        }
    }

    @Test
    void tencentSendsE164NumbersWithPositionalParametersAndPullsTheReports() throws Exception {
        try (TencentSmsStandIn tencent = TencentSmsStandIn.start(KEY_ID, SECRET, "1400000001")) {
            TencentSmsChannel channel = new TencentSmsChannel(settings(SmsProvider.TENCENT, tencent.url(), SECRET),
                    Clock.systemUTC());
            ReminderChannel.Handed handed = channel.deliver(overdue("13800002001"));
            assertThat(tencent.refusedSignatures()).isZero();
            TencentSmsStandIn.Sent sent = tencent.sent().getLast();
            assertThat(sent.phone()).isEqualTo("+8613800002001");
            assertThat(sent.templateId()).isEqualTo("SMS_OVERDUE");
            assertThat(sent.templateParams()).containsExactly("613.50", "2026-06-01");
            assertThat(sent.signName()).isEqualTo("示范物业");
            assertThat(handed.reference()).isEqualTo(sent.serialNo());

            channel.deliver(overdue("13800002002"));
            tencent.deliveryOutcome("+8613800002002", false);
            tencent.deliveryOutcome("+8613800002003", true);
            List<Receipt> receipts = channel.receipts(List.of(new ReceiptSource.Awaiting(handed.reference(),
                    "13800002001", java.time.Instant.now())));
            assertThat(receipts).extracting(Receipt::delivered).containsExactly(true, false);
            assertThat(receipts).extracting(Receipt::reference).containsExactly(handed.reference(),
                    tencent.sent().getLast().serialNo());
            assertThat(channel.receipts(List.of(new ReceiptSource.Awaiting(handed.reference(), "13800002001",
                    java.time.Instant.now())))).as("each report is handed out once").isEmpty();
        }
    }

    @Test
    void tencentRefusalsAndAWrongSecretAreFailuresWithTheProvidersWords() throws Exception {
        try (TencentSmsStandIn tencent = TencentSmsStandIn.start(KEY_ID, SECRET, "1400000001")) {
            tencent.refuse("+8613800002009");
            TencentSmsChannel channel = new TencentSmsChannel(settings(SmsProvider.TENCENT, tencent.url(), SECRET),
                    Clock.systemUTC());
            assertThatThrownBy(() -> channel.deliver(overdue("13800002009"))).isInstanceOf(ReminderChannel.DeliveryFailure.class)
                    .hasMessageContaining("FailedOperation.PhoneNumberInBlacklist");
            TencentSmsChannel wrongKey = new TencentSmsChannel(settings(SmsProvider.TENCENT, tencent.url(), "not-" + SECRET),
                    Clock.systemUTC());
            assertThatThrownBy(() -> wrongKey.deliver(overdue("13800002008"))).isInstanceOf(ReminderChannel.DeliveryFailure.class)
                    .hasMessageContaining("AuthFailure.SignatureFailure");
            assertThat(tencent.refusedSignatures()).isEqualTo(1);
        }
    }

    @Test
    void aProviderWithoutItsKeysStopsTheStartNamingWhatIsMissing() {
        assertThatThrownBy(() -> new SmsSettings(SmsProvider.TENCENT, "", "", KEY_ID, "", "示范物业", "", Map.of(), null, "",
                "")).isInstanceOf(IllegalStateException.class)
                .hasMessage("parkgate.reminders.sms.provider=tencent needs parkgate.reminders.sms.secret, "
                        + "parkgate.reminders.sms.app-id");
    }

    private static SmsSettings settings(SmsProvider provider, String url, String secret) {
        return new SmsSettings(provider, "", url, KEY_ID, secret, "示范物业", "", Map.of(ReminderReason.OVERDUE, "SMS_OVERDUE"),
                Duration.ofSeconds(5), "1400000001", "");
    }

    private static OutgoingMessage overdue(String phone) {
        return message(ReminderReason.OVERDUE, phone);
    }

    private static OutgoingMessage message(ReminderReason reason, String phone) {
        return new OutgoingMessage(IDS.incrementAndGet(), 1, reason, phone, "zh-CN", "停车费逾期",
                "您的停车费 613.50 元已逾期", 61350L, LocalDate.of(2026, 6, 1));
    }
}
