package org.parkgate.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: the counter's past ({@code parkgate.demo-history-days}, 0 for none). Each demo
 * owner with a monthly pass today (not the fixed plates 京A10001-京A10006, whose states the README
 * documents) had the months before it too, within the history: each invoiced a week ahead and paid
 * at the counter by the demo cashier on one of its first days, in office hours, in cash, by card or
 * by transfer, late fee included when paid after the due date; about one payment in forty was
 * voided by the manager minutes later ("wrong amount typed") and taken again. Seeded; made by
 * {@link DemoPasses} right after today's passes, so only on the demo database's first start.
 */
@Component
@Profile("demo")
class DemoCounterHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoCounterHistory.class);
    private static final PaymentMethod[] METHODS = {PaymentMethod.CASH, PaymentMethod.CASH, PaymentMethod.CASH,
            PaymentMethod.CARD, PaymentMethod.TRANSFER};

    private final JdbcClient jdbc;
    private final PassRecords records;
    private final PaymentService payments;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int days;

    DemoCounterHistory(JdbcClient jdbc, PassRecords records, PaymentService payments, TransactionTemplate transaction,
            Clock clock, @Value("${parkgate.demo-history-days}") int days) {
        this.jdbc = jdbc;
        this.records = records;
        this.payments = payments;
        this.transaction = transaction;
        this.clock = clock;
        this.days = days;
    }

    /** A pass period of today whose owner had the months before it. */
    private record Current(long owner, long plan, LocalDate startsOn, List<String> plates) {
    }

    /** The months before today's passes, in its own transaction (after theirs). */
    void addTheMonthsBefore() {
        if (days <= 0) {
            return;
        }
        ZoneId zone = clock.getZone();
        LocalDate firstDay = LocalDate.now(clock).minusDays(days);
        Instant now = clock.instant();
        var random = new Random(90);
        int[] taken = {0, 0};
        transaction.executeWithoutResult(status -> {
            for (Current current : currentMonthlyPasses()) {
                List<LocalDate> starts = new ArrayList<>();
                for (LocalDate start = current.startsOn().minusMonths(1); !start.isBefore(firstDay);
                        start = start.minusMonths(1)) {
                    starts.addFirst(start);
                }
                for (int i = 0; i < starts.size(); i++) {
                    LocalDate start = starts.get(i);
                    LocalDate end = (i + 1 < starts.size() ? starts.get(i + 1) : current.startsOn()).minusDays(1);
                    Instant issued = start.minusDays(7).atTime(2, 0).atZone(zone).toInstant();
                    records.insertPeriod(current.owner(), current.plan(), current.plates(), start, end, start, issued);
                    Instant paidAt = start.plusDays(random.nextInt(5)).atTime(8, 30).atZone(zone).toInstant()
                            .plusSeconds(random.nextInt(9 * 3600));
                    if (!paidAt.isBefore(now)) {
                        continue; // due in the future: stays open like any invoice not paid yet
                    }
                    PaymentMethod method = METHODS[random.nextInt(METHODS.length)];
                    long owed = payments.balanceOf(current.owner(), LocalDate.ofInstant(paidAt, zone)).total();
                    if (owed <= 0) {
                        continue;
                    }
                    long paid = payments.record(new Taken(paidAt, "cashier"), current.owner(), owed, method, null);
                    taken[0]++;
                    if (random.nextInt(40) == 0) {
                        Instant voidedAt = paidAt.plusSeconds(120 + random.nextInt(900));
                        payments.reverse(new Taken(voidedAt, "manager"), paid, Reversal.VOID, "金额录错，重新收费 Wrong amount typed");
                        long again = payments.balanceOf(current.owner(), LocalDate.ofInstant(voidedAt, zone)).total();
                        payments.record(new Taken(voidedAt.plusSeconds(60), "cashier"), current.owner(), again, method,
                                null);
                        taken[1]++;
                    }
                }
            }
        });
        log.info("Demo profile: {} days of counter history ({} payments, {} of them voided and taken again)", days,
                taken[0], taken[1]);
    }

    private List<Current> currentMonthlyPasses() {
        Map<Long, Current> current = new LinkedHashMap<>(); // per period, its plates gathered
        jdbc.sql("""
                        SELECT s.id, s.owner, s.plan, s.starts_on, sv.plate FROM subscription s
                        JOIN pass_plan p ON p.id = s.plan JOIN subscription_vehicle sv ON sv.subscription = s.id
                        WHERE p.period = 'MONTH' AND NOT EXISTS (SELECT 1 FROM vehicle v
                            WHERE v.owner = s.owner AND v.plate LIKE '京A1000_')
                        ORDER BY s.owner, s.id, sv.plate""")
                .query(rs -> {
                    Current period = current.get(rs.getLong(1));
                    if (period == null) {
                        period = new Current(rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(), new ArrayList<>());
                        current.put(rs.getLong(1), period);
                    }
                    period.plates().add(rs.getString(5));
                });
        return List.copyOf(current.values());
    }
}
