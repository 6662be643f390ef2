package org.parkgate.report;

import java.util.Arrays;
import java.util.List;
import org.parkgate.base.Money;
import org.parkgate.base.Table;
import org.parkgate.lane.Site;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happened at the lanes in a month that someone may have to explain: refusals by reason and
 * lane, free releases by the office's reason, refusals paid in cash at the booth, and every barrier
 * opened by hand (booth openings included), with who opened it and why.
 */
@Component
class LaneEventsReport {

    private final JdbcClient jdbc;
    private final Site site;

    LaneEventsReport(JdbcClient jdbc, Site site) {
        this.site = site;
        this.jdbc = jdbc;
    }

    Report make(ReportContext c) {
        return new Report(c.t("report.lanes.title", c.month().toString()), c.notes(),
                List.of(denials(c), releases(c), collectedAtBooth(c), manualOpens(c)));
    }

    private Report.Section denials(ReportContext c) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT reason, lane, COUNT(*), COUNT(DISTINCT plate), SUM(amount_due) FROM passage
                        WHERE NOT opened AND decided_at >= ? AND decided_at < ?
                        GROUP BY reason, lane ORDER BY COUNT(*) DESC, reason, lane""")
                .params(c.from(), c.until())
                .query((rs, row) -> Arrays.<Object>asList(c.t("lanes.reason." + rs.getString(1)), site.laneName(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4), Money.decimal(rs.getLong(5))))
                .list();
        List<List<Object>> withTotal = new java.util.ArrayList<>(CollectionReport.withTotal(rows, c));
        if (!rows.isEmpty()) { // a vehicle refused at two lanes is one vehicle in the month
            List<Object> total = new java.util.ArrayList<>(withTotal.getLast());
            total.set(3, jdbc.sql("SELECT COUNT(DISTINCT plate) FROM passage WHERE NOT opened AND decided_at >= ?"
                    + " AND decided_at < ?").params(c.from(), c.until()).query(Long.class).single());
            withTotal.set(withTotal.size() - 1, total);
        }
        return new Report.Section(c.t("report.lanes.denials"), new Table(List.of(c.t("report.lanes.reason"),
                c.t("report.lanes.lane"), c.t("report.count"), c.t("report.lanes.vehicles"),
                c.t("report.lanes.amount-shown")), withTotal));
    }

    /** 免费放行 in the month, by the office's reason and lane. */
    private Report.Section releases(ReportContext c) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT r.name, p.lane, COUNT(*) FROM free_release f
                        JOIN passage p ON p.id = f.passage JOIN release_reason r ON r.id = f.reason
                        WHERE p.decided_at >= ? AND p.decided_at < ?
                        GROUP BY r.name, p.lane ORDER BY COUNT(*) DESC, r.name, p.lane""")
                .params(c.from(), c.until())
                .query((rs, row) -> Arrays.<Object>asList(rs.getString(1), site.laneName(rs.getString(2)), rs.getLong(3)))
                .list();
        return new Report.Section(c.t("report.lanes.releases"), new Table(List.of(c.t("report.lanes.release-reason"),
                c.t("report.lanes.lane"), c.t("report.count")), CollectionReport.withTotal(rows, c)));
    }

    /**
     * 收费放行 in the month: refusals whose amount was paid in cash at the booth in the month (as the
     * ledger counts it), by the refusal's reason and lane, with what the payments took (payments
     * voided or refunded since do not count).
     */
    private Report.Section collectedAtBooth(ReportContext c) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT r.reason, r.lane, COUNT(*), SUM(p.amount) FROM booth_payment b
                        JOIN passage r ON r.id = b.refusal JOIN payment p ON p.id = b.payment
                        WHERE p.status = 'RECORDED' AND p.received_at >= ? AND p.received_at < ?
                        GROUP BY r.reason, r.lane ORDER BY COUNT(*) DESC, r.reason, r.lane""")
                .params(c.from(), c.until())
                .query((rs, row) -> Arrays.<Object>asList(c.t("lanes.reason." + rs.getString(1)), site.laneName(rs.getString(2)),
                        rs.getLong(3), Money.decimal(rs.getLong(4))))
                .list();
        return new Report.Section(c.t("report.lanes.booth"), new Table(List.of(c.t("report.lanes.reason"),
                c.t("report.lanes.lane"), c.t("report.count"), c.t("report.lanes.booth-amount")),
                CollectionReport.withTotal(rows, c)));
    }

    private Report.Section manualOpens(ReportContext c) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT decided_at, lane, direction, plate, actor, note FROM passage
                        WHERE manual AND decided_at >= ? AND decided_at < ? ORDER BY decided_at, id""")
                .params(c.from(), c.until())
                .query((rs, row) -> Arrays.<Object>asList(c.time(rs.getTimestamp(1).toInstant()), site.laneName(rs.getString(2)),
                        c.t("lanes.direction." + rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6)))
                .list();
        return new Report.Section(c.t("report.lanes.manual"), new Table(List.of(c.t("report.when"),
                c.t("report.lanes.lane"), c.t("report.lanes.direction"), c.t("vehicle.plate"), c.t("report.lanes.who"),
                c.t("report.lanes.why")), rows));
    }
}
