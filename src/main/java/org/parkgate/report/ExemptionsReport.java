package org.parkgate.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.access.Exemption;
import org.parkgate.access.VisitorTariff;
import org.parkgate.base.Money;
import org.parkgate.base.Table;
import org.parkgate.lot.LotRulesService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Exemptions in force during a month and what they were worth: for each approved exemption valid
 * in the month, the stays of its vehicles (one plate, or all of the owner's) that ended in the
 * month within its validity, and the visitor fees those stays would have cost at the tariff their
 * lot runs now, less what the exemption still leaves to pay (percent and free-minute exemptions).
 */
@Component
class ExemptionsReport {

    private final JdbcClient jdbc;
    private final LotRulesService lotRules;

    ExemptionsReport(JdbcClient jdbc, LotRulesService lotRules) {
        this.jdbc = jdbc;
        this.lotRules = lotRules;
    }

    Report make(ReportContext c) {
        Map<String, VisitorTariff> tariffs = new HashMap<>();
        record Granted(long id, String subject, String kind, int amount, LocalDate from,
                LocalDate until, String reason, String requestedBy, String decidedBy, Long owner,
                String plate) {
        }
        List<Granted> granted = jdbc.sql("""
                        SELECT e.id, COALESCE(e.plate, o.name), e.kind, e.amount, e.valid_from, e.valid_until, e.reason,
                               e.requested_by, e.decided_by, e.owner, e.plate
                        FROM exemption e LEFT JOIN owner o ON o.id = e.owner
                        WHERE e.status = 'APPROVED' AND e.valid_from < ? AND e.valid_until >= ?
                        ORDER BY e.valid_from, e.id""")
                .params(Date.valueOf(c.month().plusMonths(1).atDay(1)), Date.valueOf(c.month().atDay(1)))
                .query((rs, row) -> new Granted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10) == null ? null : rs.getLong(10), rs.getString(11)))
                .list();
        List<List<Object>> rows = granted.stream().map(e -> {
            long[] stays = worth(c, tariffs, e.owner(), e.plate(), e.kind(), e.amount(), e.from(), e.until());
            return Arrays.<Object>asList(e.subject(), c.t("exemptions.kind." + e.kind()), e.amount(), e.from(),
                    e.until(), e.reason(), e.requestedBy(), e.decidedBy(), stays[0], Money.decimal(stays[1]));
        }).toList();
        return new Report(c.t("report.exemptions.title", c.month().toString()),
                c.notes(c.t("report.exemptions.note")),
                List.of(new Report.Section(c.t("report.exemptions.granted"), new Table(List.of(
                        c.t("report.exemptions.subject"), c.t("report.exemptions.kind"),
                        c.t("report.exemptions.amount"), c.t("report.from"), c.t("report.until"),
                        c.t("report.exemptions.reason"), c.t("report.exemptions.requested-by"),
                        c.t("report.exemptions.approved-by"), c.t("report.exemptions.stays"),
                        c.t("report.exemptions.value")), CollectionReport.withTotal(rows, c)))));
    }

    /** The number of stays and the fees waived on them (fen), each at its lot's tariff. */
    private long[] worth(ReportContext c, Map<String, VisitorTariff> tariffs, Long owner, String plate, String kind,
            int amount, LocalDate from, LocalDate until) {
        String plates = owner == null ? "?" : "SELECT v.plate FROM vehicle v WHERE v.owner = ?";
        var from1 = java.sql.Timestamp.from(from.atStartOfDay(c.zone()).toInstant());
        var until1 = java.sql.Timestamp.from(until.plusDays(1).atStartOfDay(c.zone()).toInstant());
        record Stay(String lot, long entered, long exited) {
        }
        List<Stay> stays = jdbc.sql("""
                        SELECT lot, entered_at, exited_at FROM stay
                        WHERE plate IN (%s) AND entered_at IS NOT NULL AND exited_at >= ? AND exited_at < ?
                          AND exited_at >= ? AND exited_at < ?""".formatted(plates))
                .params(owner == null ? plate : owner, c.from(), c.until(), from1, until1)
                .query((rs, row) -> new Stay(rs.getString(1), rs.getTimestamp(2).getTime(),
                        rs.getTimestamp(3).getTime()))
                .list();
        long waived = 0;
        for (Stay stay : stays) {
            VisitorTariff tariff = tariffs.computeIfAbsent(stay.lot(), lotRules::tariff);
            long full = tariff.fee(stay.entered(), stay.exited(), true, 0);
            waived += switch (kind) {
                case "FULL" -> full;
                case "PERCENT" -> full - Exemption.leftToPay(full, amount);
                default -> full - tariff.fee(stay.entered(), stay.exited(), true, amount); // free minutes
            };
        }
        return new long[] {stays.size(), waived};
    }
}
