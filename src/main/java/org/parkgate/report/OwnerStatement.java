package org.parkgate.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.parkgate.base.Money;
import org.parkgate.base.SqlDialect;
import org.parkgate.base.Table;
import org.parkgate.billing.PaymentService;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.Snapshot;
import org.parkgate.registry.OwnerFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One owner's statement for a month: their invoices (issued in the month or still open), the
 * payments, voids and refunds of the month, what they owe today with late fees, and the month's
 * refusals of their vehicles at the lanes, with the plate picture the camera took where it is kept.
 */
@Component
class OwnerStatement {

    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final PaymentService payments;
    private final PassageSnapshots snapshots;

    OwnerStatement(JdbcClient jdbc, SqlDialect sql, PaymentService payments, PassageSnapshots snapshots) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.payments = payments;
        this.snapshots = snapshots;
    }

    Report make(ReportContext c, long ownerId) {
        record Owner(String name, String unit, String plates) {
        }
        Owner owner = jdbc.sql("SELECT o.name, o.unit, %s FROM owner o WHERE o.id = ?".formatted(OwnerFilter.plates(sql)))
                .param(ownerId).query((rs, row) -> new Owner(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new ReportException("error.owner.not-found"));
        long owed = payments.balanceOf(ownerId, c.today()).total();
        Refusals refusals = refusals(c, ownerId);
        return new Report(c.t("report.statement.title", owner.name(), c.month().toString()),
                c.notes(c.t("report.statement.owner", owner.name(), owner.unit() == null ? "" : owner.unit(),
                        owner.plates() == null ? "" : owner.plates()),
                        c.t("report.statement.owed", c.today().toString(), Money.yuan(owed))),
                List.of(invoices(c, ownerId), movements(c, ownerId), refusals.section()), refusals.pictures());
    }

    private record Refusals(Report.Section section, List<Report.Picture> pictures) {
    }

    private Refusals refusals(ReportContext c, long ownerId) {
        record Refusal(long id, Instant at, String lane, String plate, String reason, long due) {
        }
        List<Refusal> found = jdbc.sql("""
                        SELECT p.id, p.decided_at, p.lane, p.plate, p.reason, p.amount_due FROM passage p
                        WHERE p.plate IN (SELECT v.plate FROM vehicle v WHERE v.owner = ?) AND p.opened = FALSE
                          AND p.manual = FALSE AND p.decided_at >= ? AND p.decided_at < ?
                        ORDER BY p.decided_at, p.id""")
                .params(ownerId, c.from(), c.until())
                .query((rs, row) -> new Refusal(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6)))
                .list();
        List<List<Object>> rows = new ArrayList<>();
        List<Report.Picture> pictures = new ArrayList<>();
        for (Refusal refusal : found) {
            String reason = c.t("lanes.reason." + refusal.reason());
            Path picture = snapshots.of(refusal.id()).stream().filter(p -> p.kind() == Snapshot.Kind.PLATE)
                    .map(snapshots::file).filter(Objects::nonNull).findFirst().orElse(null);
            rows.add(Arrays.asList(c.time(refusal.at()), refusal.lane(), refusal.plate(), reason,
                    refusal.due() == 0 ? null : Money.decimal(refusal.due()),
                    c.t(picture == null ? "report.statement.no-picture" : "report.statement.picture")));
            if (picture != null) {
                pictures.add(new Report.Picture(c.time(refusal.at()) + " " + refusal.plate() + " " + reason, picture));
            }
        }
        return new Refusals(new Report.Section(c.t("report.statement.refusals"), new Table(List.of(c.t("report.when"),
                c.t("lanes.lane"), c.t("vehicle.plate"), c.t("lanes.reason"), c.t("lanes.amount"), c.t("lanes.pictures")),
                rows)), pictures);
    }

    private Report.Section invoices(ReportContext c, long ownerId) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT i.period_start, i.period_end, COALESCE(p.name, i.description), i.due_on, i.amount, i.paid,
                               i.late_fee, i.settled_on
                        FROM invoice i LEFT JOIN subscription s ON s.id = i.subscription LEFT JOIN pass_plan p ON p.id = s.plan
                        WHERE i.owner = ? AND ((i.issued_at >= ? AND i.issued_at < ?) OR i.settled_on IS NULL
                              OR (i.period_start < ? AND i.period_end >= ?))
                        ORDER BY i.period_start, i.id""")
                .params(ownerId, c.from(), c.until(), java.sql.Date.valueOf(c.month().plusMonths(1).atDay(1)),
                        java.sql.Date.valueOf(c.month().atDay(1)))
                .query((rs, row) -> Arrays.<Object>asList(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(),
                        rs.getString(3), rs.getDate(4).toLocalDate(), Money.decimal(rs.getLong(5)),
                        Money.decimal(rs.getLong(6)), Money.decimal(rs.getLong(7)),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate()))
                .list();
        return new Report.Section(c.t("report.statement.invoices"), new Table(List.of(c.t("report.from"),
                c.t("report.until"), c.t("passes.plan"), c.t("report.due"), c.t("report.amount"), c.t("report.paid"),
                c.t("report.late-fees"), c.t("report.settled")), rows));
    }

    private Report.Section movements(ReportContext c, long ownerId) {
        List<List<Object>> rows = jdbc.sql("""
                        SELECT l.entered_at, l.kind, p.receipt_no, l.method, l.amount, l.actor, l.note
                        FROM ledger_entry l JOIN payment p ON p.id = l.payment
                        WHERE l.owner = ? AND l.entered_at >= ? AND l.entered_at < ? ORDER BY l.entered_at, l.id""")
                .params(ownerId, c.from(), c.until())
                .query((rs, row) -> Arrays.<Object>asList(c.time(rs.getTimestamp(1).toInstant()),
                        c.t("ledger.kind." + rs.getString(2)), rs.getString(3),
                        c.t("payment.method." + rs.getString(4)), Money.decimal(rs.getLong(5)), rs.getString(6),
                        rs.getString(7)))
                .list();
        return new Report.Section(c.t("report.statement.payments"), new Table(List.of(c.t("report.when"),
                c.t("ledger.kind"), c.t("report.receipt"), c.t("payments.method"), c.t("report.amount"),
                c.t("report.staff"), c.t("report.note")), CollectionReport.withTotal(rows, c)));
    }
}
