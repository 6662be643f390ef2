package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: four pass plans, late fees for lot P1, and pass periods for most demo owners,
 * dated from today so that the fixed plates mean what the README says: 京A10001 paid (and on
 * auto-pay through the sandbox, at most 500 yuan an invoice); 京A10002
 * paid and ending in 3 days (not renewing); 京A10003 this month unpaid for 10 days (overdue);
 * 京A10004 this year unpaid for 45 days (restricted); 京A10005 three months unpaid (suspended).
 * Paid periods are paid at the counter by "system". Runs after the demo owners, once.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPasses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPasses.class);

    private final JdbcClient jdbc;
    private final PassRecords records;
    private final PaymentService payments;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoCounterHistory history;

    DemoPasses(JdbcClient jdbc, PassRecords records, PaymentService payments, TransactionTemplate transaction,
            Clock clock, DemoCounterHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.records = records;
        this.payments = payments;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM pass_plan").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // 0.05 % of the amount per day overdue (万分之五), at most 10 %
            jdbc.sql("""
                    UPDATE lot_terms SET late_fee_basis = 'PER_DAY', late_fee_rate_bp = 5, late_fee_cap_bp = 1000
                    WHERE lot = 'P1'""").update();
            long monthly = plan("业主月卡 Owner monthly", PassPeriod.MONTH, 6000, Rate.OWNER, "MON-SUN 00:00-24:00", 1);
            long yearly = plan("业主年卡 Owner yearly", PassPeriod.YEAR, 60000, Rate.OWNER, "MON-SUN 00:00-24:00", 2);
            plan("夜间月卡 Evenings monthly", PassPeriod.MONTH, 3000, Rate.OWNER,
                    "MON-FRI 18:00-09:00; SAT-SUN 00:00-24:00", 1);
            plan("非业主月卡 Non-owner monthly", PassPeriod.MONTH, 8000, Rate.NON_OWNER, "MON-SUN 00:00-24:00", 1);
            LocalDate today = LocalDate.now(clock);
            period(owner("京A10001"), List.of("京A10001"), monthly, today.minusDays(10), PassPeriod.MONTH, true);
            // 张伟 (京A10001) pays by auto-pay through the sandbox: next month's invoice is charged on its due date
            jdbc.sql("""
                    INSERT INTO autopay_mandate (owner, provider, agreement, cap, active, changed_at, changed_by)
                    VALUES (?, 'sandbox', 'SBA-DEMO000000001', 50000, TRUE, ?, 'owner:demo')""")
                    .params(owner("京A10001"), java.sql.Timestamp.from(clock.instant())).update();
            long ending = period(owner("京A10002"), List.of("京A10002"), monthly, today.plusDays(4).minusMonths(1),
                    PassPeriod.MONTH, true);
            jdbc.sql("UPDATE subscription SET renews = FALSE WHERE id = ?").param(ending).update();
            period(owner("京A10003"), List.of("京A10003"), monthly, today.minusDays(10).minusMonths(1), PassPeriod.MONTH,
                    true);
            period(owner("京A10003"), List.of("京A10003"), monthly, today.minusDays(10), PassPeriod.MONTH, false);
            period(owner("京A10004"), List.of("京A10004"), yearly, today.minusDays(45), PassPeriod.YEAR, false);
            LocalDate start = today.minusDays(10).minusMonths(2);
            for (int i = 0; i < 3; i++) {
                period(owner("京A10005"), List.of("京A10005"), monthly, start, PassPeriod.MONTH, false);
                start = PassPeriod.MONTH.lastDay(start).plusDays(1);
            }
            var random = new Random(7);
            Map<Long, List<String>> others = new TreeMap<>();
            jdbc.sql("SELECT owner, plate FROM vehicle WHERE plate NOT LIKE '京A1000_' ORDER BY plate")
                    .query(rs -> {
                        others.computeIfAbsent(rs.getLong(1), owner -> new ArrayList<>()).add(rs.getString(2));
                    });
            others.forEach((owner, plates) -> {
                if (random.nextInt(10) < 7) {
                    period(owner, plates, monthly, today.minusDays(random.nextInt(25)), PassPeriod.MONTH, true);
                }
            });
        });
        log.info("Demo profile: created pass plans, pass periods and their payments");
        history.addTheMonthsBefore();
    }

    private long plan(String name, PassPeriod period, long price, Rate rate, String windows, int maxInside) {
        return records.insertPlan(name, period, price, rate, windows, maxInside);
    }

    private long owner(String plate) {
        return jdbc.sql("SELECT owner FROM vehicle WHERE plate = ?").param(plate).query(Long.class).single();
    }

    private long period(long owner, List<String> plates, long plan, LocalDate startsOn, PassPeriod length,
            boolean paid) {
        long id = records.insertPeriod(owner, plan, plates, startsOn, length.lastDay(startsOn), startsOn);
        if (paid) {
            long due = payments.balanceOf(owner, LocalDate.now(clock)).total();
            payments.record(owner, due, PaymentMethod.CASH, null);
        }
        return id;
    }
}
