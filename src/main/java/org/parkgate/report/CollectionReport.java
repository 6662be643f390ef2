package org.parkgate.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.parkgate.base.Money;
import org.parkgate.base.Table;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Parking fees collected in a month, from the ledger (payments positive; voids and refunds
 * negative, in the month they were made) and from visitors' online payments: in total, by
 * payment method, by pass plan (principal and late fees, from what each payment paid), and by
 * the staff member who took or gave back the money.
 */
@Component
class CollectionReport {

    private static final String SIGN = "CASE WHEN l.kind = 'PAYMENT' THEN 1 ELSE -1 END";

    private final JdbcClient jdbc;

    CollectionReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Report make(ReportContext c) {
        return new Report(c.t("report.collection.title", c.month().toString()), c.notes(c.t("report.collection.note")),
                List.of(summary(c), byMethod(c), byPlan(c), byStaff(c)));
    }

    private Report.Section summary(ReportContext c) {
        record Line(String kind, long count, long amount) {
        }
        List<Line> ledger = jdbc.sql("""
                        SELECT l.kind, COUNT(*), SUM(l.amount) FROM ledger_entry l
                        WHERE l.entered_at >= ? AND l.entered_at < ? GROUP BY l.kind""")
                .params(c.from(), c.until())
                .query((rs, row) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        Line visitors = jdbc.sql("""
                        SELECT 'VISITOR', COUNT(*), COALESCE(SUM(amount), 0) FROM payment_order
                        WHERE purpose = 'VISITOR_FEE' AND status = 'PAID' AND paid_at >= ? AND paid_at < ?""")
                .params(c.from(), c.until())
                .query((rs, row) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3))).single();
        List<List<Object>> rows = new ArrayList<>();
        long total = 0;
        for (String kind : List.of("PAYMENT", "VOID", "REFUND")) {
            Line line = ledger.stream().filter(l -> l.kind().equals(kind)).findFirst().orElse(new Line(kind, 0, 0));
            rows.add(List.of(c.t("ledger.kind." + kind), line.count(), Money.decimal(line.amount())));
            total += line.amount();
        }
        rows.add(List.of(c.t("report.collection.visitors"), visitors.count(), Money.decimal(visitors.amount())));
        total += visitors.amount();
        rows.add(List.of(c.t("report.total"), "", Money.decimal(total)));
        return new Report.Section(c.t("report.collection.summary"),
                new Table(List.of(c.t("report.item"), c.t("report.count"), c.t("report.amount")), rows));
    }

    private Report.Section byMethod(ReportContext c) {
        return new Report.Section(c.t("report.collection.by-method"), new Table(List.of(c.t("payments.method"),
                c.t("report.payments"), c.t("report.received"), c.t("report.reversed"), c.t("report.net")),
                withTotal(ledgerBy("l.method", method -> c.t("payment.method." + method), c), c)));
    }

    /**
     * A payment's share per plan. Paid money counts towards the invoice's amount first and
     * towards its late fee only beyond it: the late part of an allocation is what takes the
     * invoice's payments (those not voided or refunded, in order) past the amount.
     */
    private Report.Section byPlan(ReportContext c) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT COALESCE(p.name, ''), SUM(%1$s * (a.amount - %2$s)), SUM(%1$s * %2$s),
                               SUM(%1$s * a.amount)
                        FROM ledger_entry l
                        JOIN payment_allocation a ON a.payment = l.payment
                        JOIN invoice i ON i.id = a.invoice
                        LEFT JOIN subscription s ON s.id = i.subscription
                        LEFT JOIN pass_plan p ON p.id = s.plan
                        WHERE l.entered_at >= ? AND l.entered_at < ?
                        GROUP BY COALESCE(p.name, '') ORDER BY 1""".formatted(SIGN, LATE_PART))
                .params(c.from(), c.until())
                .query((rs, row) -> List.<Object>of(rs.getString(1).isEmpty() ? c.t("report.visits-billed")
                        : rs.getString(1), Money.decimal(rs.getLong(2)), Money.decimal(rs.getLong(3)),
                        Money.decimal(rs.getLong(4))))
                .list();
        return new Report.Section(c.t("report.collection.by-plan"), new Table(List.of(c.t("passes.plan"),
                c.t("report.fees"), c.t("report.late-fees"), c.t("report.net")), withTotal(rows, c)));
    }

    /** Paid on the invoice before allocation {@code a} by payments still standing. */
    private static final String PAID_BEFORE = """
            COALESCE((SELECT SUM(b.amount) FROM payment_allocation b JOIN payment pb ON pb.id = b.payment
                      WHERE b.invoice = a.invoice AND b.payment < a.payment AND pb.status = 'RECORDED'), 0)""";

    /** The late-fee part of allocation {@code a} on invoice {@code i}. */
    private static final String LATE_PART = ("(GREATEST(0, %1$s + a.amount - i.amount) - GREATEST(0, %1$s - i.amount))")
            .formatted(PAID_BEFORE);

    private Report.Section byStaff(ReportContext c) {
        return new Report.Section(c.t("report.collection.by-staff"), new Table(List.of(c.t("report.staff"),
                c.t("report.payments"), c.t("report.received"), c.t("report.reversed"), c.t("report.net")),
                withTotal(ledgerBy("l.actor", actor -> actor, c), c)));
    }

    /** The month's ledger grouped by {@code column}: payments, received, reversed, net. */
    private List<List<Object>> ledgerBy(String column, java.util.function.UnaryOperator<String> label,
            ReportContext c) {
        return jdbc.sql("""
                        SELECT %1$s, SUM(CASE WHEN l.kind = 'PAYMENT' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN l.kind = 'PAYMENT' THEN l.amount ELSE 0 END),
                               SUM(CASE WHEN l.kind = 'PAYMENT' THEN 0 ELSE l.amount END), SUM(l.amount)
                        FROM ledger_entry l WHERE l.entered_at >= ? AND l.entered_at < ?
                        GROUP BY %1$s ORDER BY %1$s""".formatted(column))
                .params(c.from(), c.until())
                .query((rs, row) -> List.<Object>of(label.apply(rs.getString(1)), rs.getLong(2),
                        Money.decimal(rs.getLong(3)), Money.decimal(rs.getLong(4)), Money.decimal(rs.getLong(5))))
                .list();
    }

    /** The rows and a total row that adds up every column of counts and amounts. */
    static List<List<Object>> withTotal(List<List<Object>> rows, ReportContext c) {
        List<List<Object>> all = new ArrayList<>(rows);
        if (rows.isEmpty()) {
            return all;
        }
        List<Object> total = new ArrayList<>();
        total.add(c.t("report.total"));
        for (int i = 1; i < rows.getFirst().size(); i++) {
            final int column = i;
            Object sample = rows.getFirst().get(i);
            if (sample instanceof BigDecimal) {
                total.add(rows.stream().map(r -> (BigDecimal) r.get(column))
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
            } else if (sample instanceof Long) {
                total.add(rows.stream().mapToLong(r -> (Long) r.get(column)).sum());
            } else {
                total.add("");
            }
        }
        all.add(total);
        return all;
    }
}
