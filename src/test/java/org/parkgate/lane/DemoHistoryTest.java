package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkgate.KaribuTest;
import org.parkgate.OwnContextSecurityStrategy;
import org.parkgate.billing.LedgerLine;
import org.parkgate.billing.PaymentService;
import org.parkgate.occupancy.HourlyCount;
import org.parkgate.occupancy.OccupancyHistory;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo as it first starts, with its 90 days of made-up past (its own application context
 * and database):
 * counts and rhythm within stated bounds, the booth's and the counter's money in the ledger, and
 * the fixed plates as the README documents them.
 */
@TestPropertySource(properties = "parkgate.demo-history-days=90")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OwnContextSecurityStrategy.class)
class DemoHistoryTest extends KaribuTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LaneController lanes;
    @Autowired
    PaymentService payments;
    @Autowired
    OccupancyHistory occupancy;

    private record Row(String lane, String direction, String plate, boolean opened, String reason, long amountDue,
            boolean manual, LocalDateTime at) {

        boolean weekend() {
            return at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
        }

        boolean between(int fromMinute, int toMinute) {
            int minute = at.getHour() * 60 + at.getMinute();
            return minute >= fromMinute && minute < toMinute;
        }
    }

    private List<Row> passages() {
        return jdbc.sql("""
                        SELECT lane, direction, plate, opened, reason, amount_due, manual, decided_at FROM passage
                        WHERE decided_at < ? ORDER BY id""")
                .param(java.sql.Timestamp.from(today().atStartOfDay(ZONE).toInstant())) // the tests read plates today
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getLong(6), rs.getBoolean(7),
                        LocalDateTime.ofInstant(rs.getTimestamp(8).toInstant(), ZONE)))
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static long count(List<Row> rows, Predicate<Row> which) {
        return rows.stream().filter(which).count();
    }

    @Test
    void ninetyDaysOfEntriesAndExitsBeforeTodayWithTheRhythmOfAResidentialLot() {
        List<Row> all = passages();
        LocalDate today = today();
        Map<LocalDate, Long> perDay = all.stream().collect(Collectors.groupingBy(r -> r.at().toLocalDate(),
                Collectors.counting()));
        assertThat(perDay.keySet()).as("every day of the 90 before today")
                .containsExactlyInAnyOrderElementsOf(today.minusDays(90).datesUntil(today).toList());
        assertThat(perDay.values()).allSatisfy(n -> assertThat(n).isBetween(200L, 1000L));
        assertThat(all).as("ids in the order of time").isSortedAccordingTo(Comparator.comparing(Row::at));
        var midnight = java.sql.Timestamp.from(today.atStartOfDay(ZONE).toInstant());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stay WHERE entered_at < ? AND (exited_at IS NULL OR exited_at > ?)")
                .params(midnight, midnight).query(Long.class).single())
                .as("nothing of the past left inside").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stay").query(Long.class).single()).isBetween(15_000L, 25_000L);

        Predicate<Row> resident = r -> r.reason().equals("PASS_VALID");
        Predicate<Row> weekday = r -> !r.weekend();
        long morningExits = count(all, resident.and(weekday).and(r -> r.direction().equals("OUT") && r.between(390, 570)));
        long middayExits = count(all, resident.and(weekday).and(r -> r.direction().equals("OUT") && r.between(720, 900)));
        long eveningEntries = count(all, resident.and(weekday).and(r -> r.direction().equals("IN") && r.between(1020, 1200)));
        long morningEntries = count(all, resident.and(weekday).and(r -> r.direction().equals("IN") && r.between(390, 570)));
        assertThat(morningExits).as("residents leave on weekday mornings").isGreaterThan(4 * middayExits);
        assertThat(eveningEntries).as("and come back in the evening").isGreaterThan(4 * morningEntries);

        Map<Boolean, Long> visitorDays = perDay.keySet().stream()
                .collect(Collectors.partitioningBy(d -> d.getDayOfWeek().getValue() >= 6, Collectors.counting()));
        long weekendVisitors = count(all, r -> r.reason().equals("VISITOR_ENTRY") && r.weekend());
        long weekdayVisitors = count(all, r -> r.reason().equals("VISITOR_ENTRY") && !r.weekend());
        double perWeekendDay = (double) weekendVisitors / visitorDays.get(true);
        double perWeekday = (double) weekdayVisitors / visitorDays.get(false);
        assertThat(perWeekday).as("visitors a weekday (a fifth of 300 spaces)").isBetween(45.0, 75.0);
        assertThat(perWeekendDay).as("more at weekends").isGreaterThan(1.3 * perWeekday);
        assertThat(count(all, r -> r.reason().equals("VISITOR_ENTRY") && r.between(720, 1020)))
                .as("visitors come in the daytime").isGreaterThan(weekdayVisitors + weekendVisitors >> 1);

        assertThat(all).as("the fixed plates take no part").noneMatch(r -> r.plate().matches("京A1000\\d"));
        assertThat(count(all, r -> r.reason().equals("MANUAL_OPEN") && r.manual())).as("now and then by hand")
                .isBetween(20L, 300L);
    }

    @Test
    void visitorsRefusedForTheirFeeAreLetOutOnceTheyPaidTheGuard() {
        List<Row> all = passages();
        List<Row> refused = all.stream().filter(r -> !r.opened()).toList();
        assertThat(refused).isNotEmpty().allSatisfy(r -> {
            assertThat(r.reason()).isEqualTo("VISITOR_FEE_DUE");
            assertThat(r.amountDue()).isPositive();
        });
        record Paid(long refusalAmount, long paid, String openingReason, String actor, boolean standing) {
        }
        List<Paid> paid = jdbc.sql("""
                        SELECT r.amount_due, p.amount, o.reason, o.actor, p.status FROM booth_payment b
                        JOIN passage r ON r.id = b.refusal JOIN passage o ON o.id = b.opening JOIN payment p ON p.id = b.payment
                        WHERE o.decided_at > r.decided_at AND o.plate = r.plate AND o.lane = r.lane""")
                .query((rs, row) -> new Paid(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5).equals("RECORDED")))
                .list();
        assertThat(paid).as("each refusal paid at the booth, just after it").hasSize(refused.size())
                .allSatisfy(p -> assertThat(p).isEqualTo(new Paid(p.paid(), p.paid(), "PAID_AT_BOOTH", "guard", true)));
        long daysWithFees = refused.stream().map(r -> r.at().toLocalDate()).distinct().count();
        assertThat(daysWithFees).isEqualTo(90);
    }

    @Test
    void theLedgerHasTheBoothsCashTheCountersPassPaymentsAndAFewVoids() {
        LocalDate today = today();
        login("manager", Role.MANAGER);
        try {
            List<LedgerLine> past = payments.ledger(today.minusDays(90), today.minusDays(1));
            Map<String, Long> byKind = past.stream().collect(Collectors.groupingBy(LedgerLine::kind, Collectors.counting()));
            long counter = past.stream().filter(l -> l.kind().equals("PAYMENT") && l.actor().equals("cashier")).count();
            long booth = past.stream().filter(l -> l.kind().equals("PAYMENT") && l.actor().equals("guard")).count();
            assertThat(counter).as("the months before today's passes, paid at the counter").isBetween(150L, 600L);
            assertThat(booth).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM booth_payment").query(Long.class).single());
            assertThat(byKind.getOrDefault("VOID", 0L)).as("a few voids").isBetween(1L, counter / 10);
            assertThat(past).filteredOn(l -> l.kind().equals("VOID"))
                    .allSatisfy(l -> assertThat(l.actor()).isEqualTo("manager"));
            assertThat(past.stream().map(l -> l.at().atZone(ZONE).toLocalDate()).distinct().count())
                    .as("money came in on most days").isGreaterThan(80);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM invoice i WHERE i.period_end < ? AND i.paid < i.amount
                        AND NOT EXISTS (SELECT 1 FROM vehicle v WHERE v.owner = i.owner AND v.plate LIKE '京A1000_')""")
                .param(java.sql.Date.valueOf(today)).query(Long.class).single())
                .as("nobody but the fixed debtors owes for a past month").isZero();
    }

    @Test
    void theOccupancyChartsShowFullNightsAndEmptierDays() {
        login("manager", Role.MANAGER);
        List<HourlyCount> week;
        try {
            week = occupancy.lastSevenDays("P1");
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<HourlyCount> past = week.stream()
                .filter(h -> h.at().isBefore(today().atStartOfDay(ZONE).toInstant())).toList();
        double nights = past.stream().filter(h -> LocalTime.ofInstant(h.at(), ZONE).getHour() == 3)
                .mapToInt(HourlyCount::inside).average().orElseThrow();
        double middays = past.stream().filter(h -> LocalTime.ofInstant(h.at(), ZONE).getHour() == 12)
                .mapToInt(HourlyCount::inside).average().orElseThrow();
        assertThat(nights).as("the residents' cars at 3 at night").isBetween(150.0, 230.0);
        assertThat(middays).as("noon").isLessThan(nights * 0.75);
    }

    @Test
    void theFixedPlatesKeepTheStatesTheReadmeGivesThem() {
        Map<String, String> documented = Map.of("京A10001", "PASS_VALID 0", "京A10002", "PASS_EXPIRING 0",
                "京A10003", "GRACE 60.30", "京A10004", "ARREARS_RESTRICTED 613.50", "京A10006", "EXEMPT 0");
        documented.forEach((plate, read) -> {
            LaneAnswer answer = lanes.plateRead("in-1", plate, 96, null);
            assertThat(answer.reason() + " " + (answer.amountDue() == null ? 0 : answer.amountDue().toPlainString()))
                    .as(plate).isEqualTo(read);
        });
        assertThat(lanes.plateRead("in-1", "京A10005", 96, null).reason()).isEqualTo("SUSPENDED");
    }
}
