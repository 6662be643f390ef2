package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * Demo profile: four pass plans, and pass periods for most demo owners, dated from today so the
 * fixed plates mean what the README says: 京A10001 paid, 京A10002 ending in 3 days, 京A10003 and
 * 京A10004 paid for the year (their arrears come with invoices), 京A10005 lapsed 30 days ago.
 * Runs after the demo owners, once.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPasses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPasses.class);

    private final JdbcClient jdbc;
    private final PassRecords records;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPasses(JdbcClient jdbc, PassRecords records, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM pass_plan").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            long monthly = plan("业主月卡 Owner monthly", PassPeriod.MONTH, 6000, Rate.OWNER, "MON-SUN 00:00-24:00", 1);
            long yearly = plan("业主年卡 Owner yearly", PassPeriod.YEAR, 60000, Rate.OWNER, "MON-SUN 00:00-24:00", 2);
            plan("夜间月卡 Evenings monthly", PassPeriod.MONTH, 3000, Rate.OWNER,
                    "MON-FRI 18:00-09:00; SAT-SUN 00:00-24:00", 1);
            plan("非业主月卡 Non-owner monthly", PassPeriod.MONTH, 8000, Rate.NON_OWNER, "MON-SUN 00:00-24:00", 1);
            LocalDate today = LocalDate.now(clock);
            period("京A10001", monthly, today.minusDays(10), PassPeriod.MONTH);
            period("京A10002", monthly, today.plusDays(4).minusMonths(1), PassPeriod.MONTH);
            period("京A10003", yearly, today.minusDays(100), PassPeriod.YEAR);
            period("京A10004", yearly, today.minusDays(100), PassPeriod.YEAR);
            period("京A10005", monthly, today.minusDays(30).minusMonths(1).plusDays(1), PassPeriod.MONTH);
            var random = new Random(7);
            List<String> others = jdbc.sql("SELECT plate FROM vehicle WHERE plate NOT LIKE '京A1000_' ORDER BY plate")
                    .query(String.class).list();
            for (String plate : others) {
                if (random.nextInt(10) < 7) {
                    period(plate, monthly, today.minusDays(random.nextInt(25)), PassPeriod.MONTH);
                }
            }
        });
        log.info("Demo profile: created pass plans and pass periods");
    }

    private long plan(String name, PassPeriod period, long price, Rate rate, String windows, int maxInside) {
        return records.insertPlan(name, period, price, rate, windows, maxInside);
    }

    private void period(String plate, long plan, LocalDate startsOn, PassPeriod length) {
        long owner = jdbc.sql("SELECT owner FROM vehicle WHERE plate = ?").param(plate).query(Long.class).single();
        records.insertPeriod(owner, plan, List.of(plate), startsOn, length.lastDay(startsOn));
    }
}
