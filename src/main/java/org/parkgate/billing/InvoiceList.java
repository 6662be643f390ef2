package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.registry.OwnerFilter;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's list of invoices, page by page, with today's late fees. */
@Service
@PreAuthorize(Role.Names.OFFICE)
public class InvoiceList {

    private final JdbcClient jdbc;
    private final LotTermsService terms;
    private final Clock clock;

    InvoiceList(JdbcClient jdbc, LotTermsService terms, Clock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<InvoiceRow> find(InvoiceQuery query) {
        return rows(where(query), params(query), query.offset(), query.limit());
    }

    /** Every invoice of the owner, newest period first, with today's late fee on those still open. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.OFFICE_OR_THE_OWNER)
    public List<InvoiceRow> ofOwner(long ownerId) {
        return rows("i.owner = :owner", Map.of("owner", ownerId), 0, Integer.MAX_VALUE);
    }

    /**
     * For the integration API: invoices issued in [{@code from}, {@code until}) after the one issued
     * at {@code afterAt} with id {@code afterId}, oldest first, at most {@code limit}.
     */
    @PreAuthorize("hasAuthority('SCOPE_payments:read')")
    @Transactional(readOnly = true)
    public List<InvoiceRow> issuedAfter(java.time.Instant from, java.time.Instant until, java.time.Instant afterAt,
            long afterId, int limit) {
        return rows("i.issued_at >= :from AND i.issued_at < :until AND (i.issued_at > :at OR (i.issued_at = :at"
                        + " AND i.id > :id))", Map.of("from", java.sql.Timestamp.from(from),
                        "until", java.sql.Timestamp.from(until), "at", java.sql.Timestamp.from(afterAt), "id", afterId),
                "i.issued_at, i.id", 0, Math.min(Math.max(limit, 1), 1000));
    }

    private List<InvoiceRow> rows(String condition, Map<String, Object> params, int offset, int limit) {
        return rows(condition, params, "i.period_start DESC, i.id DESC", offset, limit);
    }

    private List<InvoiceRow> rows(String condition, Map<String, Object> params, String order, int offset, int limit) {
        Map<String, LotTerms> lotTerms = terms.all();
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        SELECT i.id, i.subscription, o.id, o.name, o.unit, COALESCE(p.name, i.description), i.period_start, i.period_end,
                               i.due_on, i.amount, i.late_fee, i.paid, i.settled_on, COALESCE(s.renews, FALSE), i.lot,
                               i.issued_at
                        FROM invoice i JOIN owner o ON o.id = i.owner
                        LEFT JOIN subscription s ON s.id = i.subscription LEFT JOIN pass_plan p ON p.id = s.plan
                        WHERE %s
                        ORDER BY %s
                        LIMIT :limit OFFSET :offset""".formatted(condition, order))
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> {
                    LocalDate due = rs.getDate(9).toLocalDate();
                    long amount = rs.getLong(10);
                    long paid = rs.getLong(12);
                    boolean settled = rs.getDate(13) != null;
                    long lateFee = settled ? rs.getLong(11)
                            : LotTermsService.of(lotTerms, rs.getString(15)).lateFee(amount, due, today);
                    return new InvoiceRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(),
                            due, amount, lateFee, paid, settled ? 0 : Math.max(0, amount + lateFee - paid), settled,
                            rs.getBoolean(14), rs.getTimestamp(16).toInstant());
                })
                .list();
    }

    @Transactional(readOnly = true)
    public int count(InvoiceQuery query) {
        return jdbc.sql("SELECT COUNT(*) FROM invoice i JOIN owner o ON o.id = i.owner WHERE " + where(query))
                .params(params(query)).query(Integer.class).single();
    }

    private static String where(InvoiceQuery query) {
        return OwnerFilter.sql(query.text()) + switch (query.status()) {
            case OPEN -> " AND i.settled_on IS NULL";
            case SETTLED -> " AND i.settled_on IS NOT NULL";
            case ALL -> "";
        };
    }

    private static Map<String, Object> params(InvoiceQuery query) {
        return new HashMap<>(OwnerFilter.params(query.text()));
    }
}
