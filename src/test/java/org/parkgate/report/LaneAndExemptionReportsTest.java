package org.parkgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.Translations;
import org.parkgate.exemption.ExemptionKind;
import org.parkgate.exemption.ExemptionService;
import org.parkgate.exemption.NewExemption;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * July 2029, worked out by hand: three refusals at in-1 (two vehicles, 613.50 shown twice and
 * 60.30 once), one at out-1, one barrier opened by hand; two exempt vehicles parked 3 hours each
 * (7.00 at the visitor tariff: 5.00 for the first 2 hours, 2.00 for the third), one fully exempt,
 * one at 50 %. Nothing else in the test database is dated July 2029.
 */
class LaneAndExemptionReportsTest extends KaribuTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final YearMonth JULY = YearMonth.of(2029, 7);

    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegistryService registry;
    @Autowired
    ExemptionService exemptions;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void denialsAndManualOpensAsCountedByHand() {
        passage("in-1", "IN", "琼E00001", false, false, "ARREARS_RESTRICTED", 61350, at(3, 8), null, null);
        passage("in-1", "IN", "琼E00001", false, false, "ARREARS_RESTRICTED", 61350, at(3, 9), null, null);
        passage("in-1", "IN", "琼E00002", false, false, "ARREARS_RESTRICTED", 6030, at(4, 8), null, null);
        passage("out-1", "OUT", "琼E00003", false, false, "SUSPENDED", 18366, at(5, 18), null, null);
        passage("out-1", "OUT", "琼E00004", true, true, "MANUAL_OPEN", 0, at(6, 21), "guard", "救护车");
        login("manager", Role.MANAGER);
        Report report = reports.make(ReportKind.LANE_EVENTS, JULY, null, Translations.ENGLISH);
        assertThat(report.section("Denials by reason and lane").table().rows()).containsExactly(
                List.of("Restricted for arrears", "东门入口 East entrance", 3L, 2L, new BigDecimal("1287.30")),
                List.of("Suspended", "东门出口 East exit", 1L, 1L, new BigDecimal("183.66")),
                List.of("Total", "", 4L, 3L, new BigDecimal("1470.96")));
        assertThat(report.section("Barriers opened by hand").table().rows()).singleElement()
                .satisfies(row -> assertThat(row.subList(1, 6)).containsExactly("东门出口 East exit", "Exit", "琼E00004", "guard",
                        "救护车"));
    }

    @Test
    void exemptionsAreWorthTheFeesTheyWaived() {
        clock.set(at(1, 9));
        login("cashier", Role.CASHIER);
        long full = exempt("琼E00011", ExemptionKind.FULL, 0);
        long half = exempt("琼E00012", ExemptionKind.PERCENT, 50);
        long hour = exempt("琼E00013", ExemptionKind.FREE_MINUTES, 60);
        login("manager", Role.MANAGER);
        exemptions.approve(full);
        exemptions.approve(half);
        exemptions.approve(hour);
        stay("琼E00011", at(10, 9), at(10, 12));
        stay("琼E00012", at(11, 9), at(11, 12));
        // 80 minutes: 5.00 at the lot's tariff, free with the lot's 30 minutes and the exemption's 60
        stay("琼E00013", at(12, 9), at(12, 9).plus(java.time.Duration.ofMinutes(80)));
        Report report = reports.make(ReportKind.EXEMPTIONS, JULY, null, Translations.ENGLISH);
        List<List<Object>> rows = report.section("Exemptions in force").table().rows().stream()
                .filter(row -> List.of("琼E00011", "琼E00012", "琼E00013").contains(row.getFirst())).toList();
        assertThat(rows).extracting(row -> row.getFirst(), row -> row.get(8), row -> row.get(9)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("琼E00011", 1L, new BigDecimal("7.00")),
                org.assertj.core.groups.Tuple.tuple("琼E00012", 1L, new BigDecimal("3.50")),
                org.assertj.core.groups.Tuple.tuple("琼E00013", 1L, new BigDecimal("5.00")));
    }

    private long exempt(String plate, ExemptionKind kind, int amount) {
        long owner = registry.createOwner(new NewOwner("减免" + plate, "13300000000", null));
        registry.addVehicle(owner, plate, VehicleKind.CAR, null);
        return exemptions.request(new NewExemption(plate, false, kind, amount, LocalDate.of(2029, 7, 1),
                LocalDate.of(2029, 7, 31), "残疾人车辆"));
    }

    private void stay(String plate, Instant in, Instant out) {
        jdbc.sql("INSERT INTO stay (lot, plate, entered_at, exited_at) VALUES ('P1', ?, ?, ?)")
                .params(plate, Timestamp.from(in), Timestamp.from(out)).update();
    }

    private void passage(String lane, String direction, String plate, boolean opened, boolean manual, String reason,
            long amount, Instant at, String actor, String note) {
        jdbc.sql("""
                        INSERT INTO passage (lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due,
                                             message, fuzzy, manual, actor, note, captured_at, decided_at)
                        VALUES (?, 'P1', ?, ?, ?, 95, ?, ?, ?, 'test', FALSE, ?, ?, ?, ?, ?)""")
                .params(lane, direction, plate, plate, opened, reason, amount, manual, actor, note, Timestamp.from(at),
                        Timestamp.from(at))
                .update();
    }

    private static Instant at(int day, int hour) {
        return LocalDateTime.of(2029, 7, day, hour, 0).atZone(BEIJING).toInstant();
    }
}
