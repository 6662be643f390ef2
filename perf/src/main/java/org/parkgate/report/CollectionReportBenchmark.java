package org.parkgate.report;

import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parkgate.perf.RunningOffice;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly collection report, figures plus .xlsx and PDF, for a month with 10,000 owners'
 * payments (three methods, two plans, five cashiers, 1 % voided) among a year of such months
 * (120,000 ledger entries in all).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CollectionReportBenchmark {

    static final int OWNERS = 10_000;
    static final int MONTHS = 12;
    static final YearMonth REPORTED = YearMonth.of(2026, 10);

    RunningOffice office;
    Reports reports;

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice();
        reports = office.bean(Reports.class);
        JdbcTemplate jdbc = office.bean(JdbcTemplate.class);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        jdbc.update("INSERT INTO pass_plan (id, name, period, price, rate, windows, max_inside) VALUES "
                + "(1001, '月卡', 'MONTH', 30000, 'OWNER', 'MON-SUN 00:00-24:00', 1), "
                + "(1002, '包月(非业主)', 'MONTH', 45000, 'NON_OWNER', 'MON-SUN 00:00-24:00', 1)");
        List<Object[]> owners = new ArrayList<>();
        Timestamp created = Timestamp.from(REPORTED.minusMonths(MONTHS).atDay(1).atStartOfDay(zone).toInstant());
        for (int i = 1; i <= OWNERS; i++) {
            owners.add(new Object[] {i, "业主" + i, created});
        }
        jdbc.batchUpdate("INSERT INTO owner (id, name, created_at) VALUES (?, ?, ?)", owners);
        long id = 1;
        String[] methods = {"CASH", "CARD", "TRANSFER"};
        for (int m = MONTHS - 1; m >= 0; m--) {
            YearMonth month = REPORTED.minusMonths(m);
            List<Object[]> subscriptions = new ArrayList<>();
            List<Object[]> invoices = new ArrayList<>();
            List<Object[]> payments = new ArrayList<>();
            List<Object[]> allocations = new ArrayList<>();
            List<Object[]> ledger = new ArrayList<>();
            for (int owner = 1; owner <= OWNERS; owner++, id++) {
                long plan = owner % 5 == 0 ? 1002 : 1001;
                long price = plan == 1002 ? 45000 : 30000;
                LocalDate start = month.atDay(1);
                Timestamp paidAt = Timestamp.from(month.atDay(1 + owner % 28).atTime(9 + owner % 9, 0).atZone(zone)
                        .toInstant());
                String cashier = "cashier" + (owner % 5);
                String method = methods[owner % 3];
                subscriptions.add(new Object[] {id, owner, plan, Date.valueOf(start), Date.valueOf(month.atEndOfMonth()),
                        paidAt});
                invoices.add(new Object[] {id, owner, id, "P1", Date.valueOf(start), Date.valueOf(month.atEndOfMonth()),
                        price, Date.valueOf(start), price, Date.valueOf(start), paidAt});
                payments.add(new Object[] {id, "R" + id, owner, price, method, paidAt, cashier});
                allocations.add(new Object[] {id, id, price, 0});
                ledger.add(new Object[] {paidAt, "PAYMENT", id, owner, price, method, cashier});
                if (owner % 100 == 0) {
                    ledger.add(new Object[] {paidAt, "VOID", id, owner, -price, method, "manager"});
                }
            }
            jdbc.batchUpdate("INSERT INTO subscription (id, owner, plan, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    subscriptions);
            jdbc.batchUpdate("""
                    INSERT INTO invoice (id, owner, subscription, lot, period_start, period_end, amount, due_on, paid,
                                         settled_on, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", invoices);
            jdbc.batchUpdate("""
                    INSERT INTO payment (id, receipt_no, owner, amount, method, received_at, received_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", payments);
            jdbc.batchUpdate("INSERT INTO payment_allocation (payment, invoice, amount, late_fee) VALUES (?, ?, ?, ?)",
                    allocations);
            jdbc.batchUpdate("""
                    INSERT INTO ledger_entry (entered_at, kind, payment, owner, amount, method, actor)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", ledger);
        }
        office.analyzed();
    }

    @Setup(Level.Iteration)
    public void signIn() {
        RunningOffice.signInAs("manager", "MANAGER");
    }

    @Benchmark
    public GeneratedReport collectionReportOfAMonth() {
        return reports.generate(ReportKind.COLLECTION, REPORTED, null, Locale.SIMPLIFIED_CHINESE, done -> { });
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
    }
}
