package org.parkgate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parkgate.access.PlateCheck;
import org.parkgate.access.Reason;
import org.parkgate.security.AuditAction;
import org.parkgate.security.Role;

/** Chinese and English must say the same things: same keys, and every key the code uses exists. */
class TranslationFilesTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\((?:[a-zA-Z]+, )?|title = |Exception\\(|\\bc\\.t\\(|\\bt\\((?:locale, )?)\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = load("translations_zh_CN.properties").stringPropertyNames();
        Set<String> english = load("translations_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(chinese)).as("keys only in one of the files")
                .containsExactlyElementsOf(new TreeSet<>(english));
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String file : new String[] {"translations_zh_CN.properties", "translations_en.properties"}) {
            Properties texts = load(file);
            assertThat(texts.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        for (AuditAction action : AuditAction.values()) {
            used.add("audit.action." + action.name());
        }
        for (Reason reason : Reason.values()) {
            used.add(reason.messageKey());
        }
        addKeys(used, "vehicle.kind.", org.parkgate.registry.VehicleKind.values());
        addKeys(used, "passes.period.", org.parkgate.billing.PassPeriod.values());
        addKeys(used, "passes.rate.", org.parkgate.billing.Rate.values());
        addKeys(used, "exemptions.status.", org.parkgate.exemption.ExemptionStatus.values());
        addKeys(used, "exemptions.kind.", org.parkgate.exemption.ExemptionKind.values());
        addKeys(used, "payment.method.", org.parkgate.billing.PaymentMethod.values());
        addKeys(used, "payment.status.", org.parkgate.billing.PaymentStatus.values());
        for (String prefix : List.of("payments.reversal.", "payments.reversal.title.", "payments.reversed.", "ledger.kind.")) {
            addKeys(used, prefix, org.parkgate.billing.Reversal.values());
        }
        used.add("ledger.kind.PAYMENT");
        addKeys(used, "terms.basis.", org.parkgate.billing.LateFeeBasis.values());
        addKeys(used, "invoices.status.", org.parkgate.billing.InvoiceQuery.Status.values());
        addKeys(used, "arrears.stage.", org.parkgate.access.ArrearsStage.values());
        addKeys(used, "reminder.reason.", org.parkgate.reminder.ReminderReason.values());
        addKeys(used, "reports.kind.", org.parkgate.report.ReportKind.values());
        addKeys(used, "dashboard.chart.", org.parkgate.report.ChartKind.values());
        addKeys(used, "passages.decision.", org.parkgate.lane.PassageQuery.Decision.values());
        used.addAll(List.of("dashboard.download.svg", "dashboard.download.png"));
        addKeys(used, "reminder.channel.", org.parkgate.reminder.Channel.values());
        addKeys(used, "delivery.status.", org.parkgate.reminder.DeliveryStatus.values());
        for (var reason : org.parkgate.reminder.ReminderReason.values()) {
            used.add("reminder.template." + reason.name() + ".subject");
            used.add("reminder.template." + reason.name() + ".body");
        }
        for (String language : org.parkgate.reminder.ReminderTemplates.LANGUAGES) {
            used.add("owners.language." + language);
        }
        // answers of messages not sent, kept as keys in the delivery log
        used.addAll(List.of("reminders.skipped.no-address", "reminders.skipped.not-configured",
                "reminders.cancelled.no-longer-due"));
        for (String answer : List.of("page", "no-mail-server", "mail-accepted", "no-gateway", "timeout", "unreachable",
                "interrupted", "no-channel", "error")) {
            used.add("reminders.answer." + answer);
        }
        addKeys(used, "export.", org.parkgate.base.TableFiles.Format.values());
        addKeys(used, "import.template.", org.parkgate.base.TableFiles.Format.values());
        addKeys(used, "pay.purpose.", org.parkgate.billing.OrderPurpose.values());
        for (String state : List.of("OPEN", "PAID", "FAILED", "HELD", "EXPIRED")) {
            used.add("pay.state." + state);
        }
        addKeys(used, "plate-lists.kind.", org.parkgate.platelist.PlateListKind.values());
        addKeys(used, "plate-lists.standing.", org.parkgate.platelist.PlateListEntry.Standing.values());
        addKeys(used, "lanes.direction.", org.parkgate.access.Lane.Direction.values());
        addKeys(used, "lanes.barrier.", org.parkgate.gate.BarrierState.values());
        addKeys(used, "lanes.health.", org.parkgate.gate.GateHealth.values());
        addKeys(used, "lanes.reason.", Reason.values());
        used.add("lanes.reason." + org.parkgate.lane.Passage.MANUAL_OPEN);
        used.add("lanes.reason." + org.parkgate.lane.Passage.PAID_AT_LANE);
        for (PlateCheck check : PlateCheck.values()) {
            used.add(check.messageKey());
        }
        // lot rules: the core's refusals, the choices of the rules page, the tariff in words
        addKeys(used, "lot-rules.error.", org.parkgate.access.Setting.values());
        addKeys(used, "lot-rules.free-time.", org.parkgate.access.VisitorTariff.FreeTime.values());
        addKeys(used, "lot-rules.cap-period.", org.parkgate.access.VisitorTariff.CapPeriod.values());
        addKeys(used, "lot-rules.words.cap.", org.parkgate.access.VisitorTariff.CapPeriod.values());
        addKeys(used, "lot-rules.night.", org.parkgate.access.VisitorTariff.Night.values());
        used.addAll(List.of("lot-rules.words.night.FREE", "lot-rules.words.night.FLAT"));
        addKeys(used, "lot-rules.restricted-entry.", org.parkgate.access.LotPolicy.RestrictedEntry.values());
        addKeys(used, "lot-rules.restricted-exit.", org.parkgate.access.LotPolicy.RestrictedExit.values());
        addKeys(used, "lot-rules.anti-passback.", org.parkgate.access.LotPolicy.AntiPassback.values());
        for (String field : List.of("free-time", "free-minutes", "first-minutes", "first-price", "step-minutes",
                "step-price", "cap-period", "daily-cap", "night", "night-start", "night-end", "night-price", "reentry",
                "restricted-entry", "restricted-exit", "anti-passback", "visitors", "reserved", "expiry-warning",
                "fuzzy", "prepaid-grace")) {
            used.add("lot-rules.field." + field);
            used.add("lot-rules.field." + field + ".help");
        }
        assertThat(used).as("the scan finds the keys").contains("menu.users", "error.user.last-admin");
        assertThat(load("translations_en.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("translations_zh_CN.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void laneMessagesShowAmountsWithTwoDecimalsInBothLanguages() {
        var translations = new org.parkgate.base.ui.Translations();
        Object[] args = {new java.math.BigDecimal("360.5"), 45, 0, "京A10004"};
        assertThat(translations.getTranslation("access.reason.ARREARS_RESTRICTED", java.util.Locale.ENGLISH, args))
                .isEqualTo("京A10004: 360.50 yuan overdue for 45 days. Scan the code to pay, or ask the office");
        assertThat(translations.getTranslation("access.reason.ARREARS_RESTRICTED",
                java.util.Locale.SIMPLIFIED_CHINESE, args)).isEqualTo("京A10004 已欠费 360.50 元 45 天，请扫码缴费或联系物业");
    }

    /** Keys made in code from an enum: {@code prefix + constant name}. */
    private static void addKeys(Set<String> used, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            used.add(prefix + value.name());
        }
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
