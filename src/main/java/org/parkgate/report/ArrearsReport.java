package org.parkgate.report;

import java.util.ArrayList;
import java.util.List;
import org.parkgate.base.Money;
import org.parkgate.base.SqlDialect;
import org.parkgate.base.Table;
import org.parkgate.registry.OwnerFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who owes what, as recomputed for today (the arrears are kept per day, not per month): totals by
 * stage and by age of the debt, then every owner with arrears, largest first.
 */
@Component
class ArrearsReport {

    private final JdbcClient jdbc;
    private final SqlDialect sql;

    ArrearsReport(JdbcClient jdbc, SqlDialect sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    Report make(ReportContext c) {
        return new Report(c.t("report.arrears.title", c.today().toString()),
                c.notes(c.t("report.arrears.note", c.today().toString())), List.of(byStage(c), perOwner(c)));
    }

    private Report.Section byStage(ReportContext c) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT stage, COUNT(*), SUM(amount_due), SUM(late_fees), SUM(aged_0_30), SUM(aged_31_60),
                               SUM(aged_61_90), SUM(aged_90_plus)
                        FROM owner_arrears GROUP BY stage ORDER BY stage""")
                .query((rs, row) -> {
                    List<Object> line = new ArrayList<>(List.of(c.t("arrears.stage." + rs.getString(1)), rs.getLong(2)));
                    for (int i = 3; i <= 8; i++) {
                        line.add(Money.decimal(rs.getLong(i)));
                    }
                    return line;
                })
                .list();
        return new Report.Section(c.t("report.arrears.by-stage"), new Table(List.of(c.t("arrears.stage"),
                c.t("report.owners"), c.t("arrears.amount"), c.t("arrears.late-fees"), c.t("arrears.aged.0-30"),
                c.t("arrears.aged.31-60"), c.t("arrears.aged.61-90"), c.t("arrears.aged.90-plus")),
                CollectionReport.withTotal(rows, c)));
    }

    private Report.Section perOwner(ReportContext c) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT o.name, o.unit, o.phone, %s, a.stage, a.stage_since, a.amount_due, a.days_overdue,
                               a.late_fees, a.unpaid_periods
                        FROM owner_arrears a JOIN owner o ON o.id = a.owner
                        ORDER BY a.amount_due DESC, o.id""".formatted(OwnerFilter.plates(sql)))
                .query((rs, row) -> java.util.Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), c.t("arrears.stage." + rs.getString(5)), rs.getDate(6).toLocalDate(),
                        Money.decimal(rs.getLong(7)), rs.getLong(8), Money.decimal(rs.getLong(9)), rs.getLong(10)))
                .list();
        return new Report.Section(c.t("report.arrears.per-owner"), new Table(List.of(c.t("owners.name"),
                c.t("owners.unit"), c.t("owners.phone"), c.t("owners.plates"), c.t("arrears.stage"),
                c.t("arrears.since"), c.t("arrears.amount"), c.t("arrears.days"), c.t("arrears.late-fees"),
                c.t("arrears.unpaid-periods")), rows));
    }
}
