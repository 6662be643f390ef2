package org.parkgate.arrears;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.parkgate.access.ArrearsStage;
import org.parkgate.base.SqlDialect;
import org.parkgate.billing.InvoiceDirectory;
import org.parkgate.billing.LotTerms;
import org.parkgate.billing.LotTermsService;
import org.parkgate.billing.PassesChanged;
import org.parkgate.billing.PaymentsChanged;
import org.parkgate.registry.OwnerFilter;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each owner's arrears current: recomputed inside the transaction of every payment and
 * invoice (so a payment restores the stage in the same commit), for everyone each night as the
 * days pass, and at start-up for the days ParkGate was off. Each stage change is kept in the
 * owner's history and announced.
 */
@Service
@Order(95) // at start-up: after the demo data and the invoice run
public class ArrearsService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArrearsService.class);

    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final InvoiceDirectory invoices;
    private final LotTermsService terms;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    ArrearsService(JdbcClient jdbc, SqlDialect sql, InvoiceDirectory invoices, LotTermsService terms, TransactionTemplate transaction,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.invoices = invoices;
        this.terms = terms;
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(PaymentsChanged changed) {
        recompute(changed.ownerId(), LocalDate.now(clock));
    }

    @EventListener
    void on(PassesChanged changed) {
        recompute(changed.ownerId(), LocalDate.now(clock));
    }

    @Override
    public void run(ApplicationArguments args) {
        recomputeEveryone();
    }

    @Scheduled(cron = "${parkgate.arrears.recompute-cron}", zone = "${parkgate.zone}")
    void nightly() {
        recomputeEveryone();
    }

    /** Everyone with an open invoice or arrears on record, each in their own transaction. */
    public void recomputeEveryone() {
        LocalDate today = LocalDate.now(clock);
        var owners = new TreeSet<>(invoices.ownersWithOpenInvoices());
        owners.addAll(jdbc.sql("SELECT owner FROM owner_arrears").query(Long.class).list());
        Map<String, LotTerms> lotTerms = terms.all(); // once for the run, not once per owner
        int changed = 0;
        for (long owner : owners) {
            if (Boolean.TRUE.equals(transaction.execute(status -> recompute(owner, today, lotTerms)))) {
                changed++;
            }
        }
        log.info("Arrears for {}: {} owners checked, {} changed", today, owners.size(), changed);
    }

    /** Recomputes one owner's standing (in the caller's transaction, if any); returns whether it changed. */
    @Transactional
    boolean recompute(long ownerId, LocalDate today) {
        return recompute(ownerId, today, terms.all());
    }

    private boolean recompute(long ownerId, LocalDate today, Map<String, LotTerms> lotTerms) {
        Standing now = ArrearsAssessment.assess(invoices.openInvoicesOf(ownerId), lotTerms, today);
        record Stored(Standing standing, LocalDate since) {
        }
        Stored before = jdbc.sql(SELECT_STANDING + " FROM owner_arrears a WHERE a.owner = ?").param(ownerId)
                .query((rs, row) -> new Stored(standing(rs, 1), rs.getDate(10).toLocalDate())).optional().orElse(null);
        Standing previous = before == null ? Standing.CLEAR : before.standing();
        if (previous.equals(now)) {
            return false;
        }
        boolean stageChanged = previous.stage() != now.stage();
        jdbc.sql("DELETE FROM owner_arrears WHERE owner = ?").param(ownerId).update();
        if (!now.clear()) {
            LocalDate since = stageChanged || before == null ? today : before.since();
            jdbc.sql("""
                            INSERT INTO owner_arrears (stage, amount_due, late_fees, days_overdue, unpaid_periods,
                                aged_0_30, aged_31_60, aged_61_90, aged_90_plus, stage_since, computed_on, owner)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(now.stage().name(), now.amountDue(), now.lateFees(), now.daysOverdue(), now.unpaidPeriods(),
                            now.aged0To30(), now.aged31To60(), now.aged61To90(), now.aged90Plus(), Date.valueOf(since),
                            Date.valueOf(today), ownerId)
                    .update();
        }
        if (stageChanged) {
            jdbc.sql("""
                            INSERT INTO arrears_history (owner, changed_at, from_stage, to_stage, amount_due)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(ownerId, Timestamp.from(clock.instant()), previous.stage().name(), now.stage().name(),
                            now.amountDue())
                    .update();
        }
        events.publishEvent(new ArrearsChanged(ownerId, previous.stage(), now.stage(), now.amountDue(), now.daysOverdue(),
                clock.instant()));
        return true;
    }

    private static final String SELECT_STANDING = """
            SELECT a.stage, a.amount_due, a.late_fees, a.days_overdue, a.unpaid_periods,
                   a.aged_0_30, a.aged_31_60, a.aged_61_90, a.aged_90_plus, a.stage_since""";

    private static Standing standing(ResultSet rs, int first) throws SQLException {
        return new Standing(ArrearsStage.valueOf(rs.getString(first)), rs.getLong(first + 1), rs.getLong(first + 2),
                rs.getInt(first + 3), rs.getInt(first + 4), rs.getLong(first + 5), rs.getLong(first + 6),
                rs.getLong(first + 7), rs.getLong(first + 8));
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<ArrearsRow> find(ArrearsQuery query) {
        String order = query.sort() == ArrearsQuery.Sort.AMOUNT ? "a.amount_due" : "a.days_overdue";
        return rows(where(query), params(query), order + (query.ascending() ? " ASC" : " DESC"), query.offset(),
                query.limit());
    }

    /**
     * For the integration API: the owners with arrears as last computed whose stage began in
     * [{@code from}, {@code until}), by owner id after {@code afterOwner}, at most {@code limit}.
     */
    @PreAuthorize("hasAuthority('SCOPE_arrears:read')")
    @Transactional(readOnly = true)
    public List<ArrearsRow> after(java.time.LocalDate from, java.time.LocalDate until, long afterOwner, int limit) {
        return rows("a.owner > :after AND a.stage_since >= :from AND a.stage_since < :until",
                Map.of("after", afterOwner, "from", java.sql.Date.valueOf(from), "until", java.sql.Date.valueOf(until)),
                "a.owner", 0, Math.min(Math.max(limit, 1), 1000));
    }

    /** The owner's arrears as last computed; empty when they owe nothing. */
    @PreAuthorize(Role.Names.OFFICE_OR_THE_OWNER)
    @Transactional(readOnly = true)
    public Optional<ArrearsRow> of(long ownerId) {
        return rows("a.owner = :owner", Map.of("owner", ownerId), "a.owner", 0, 1).stream().findFirst();
    }

    private List<ArrearsRow> rows(String condition, Map<String, Object> params, String order, int offset, int limit) {
        return jdbc.sql(SELECT_STANDING + """
                        , o.id, o.name, o.unit, o.phone, %s
                        FROM owner_arrears a JOIN owner o ON o.id = a.owner
                        WHERE %s
                        ORDER BY %s, o.id
                        LIMIT :limit OFFSET :offset""".formatted(OwnerFilter.plates(sql), condition, order))
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new ArrearsRow(rs.getLong(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getString(15) == null ? "" : rs.getString(15), standing(rs, 1), rs.getDate(10).toLocalDate()))
                .list();
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public int count(ArrearsQuery query) {
        return jdbc.sql("SELECT COUNT(*) FROM owner_arrears a JOIN owner o ON o.id = a.owner WHERE " + where(query))
                .params(params(query)).query(Integer.class).single();
    }

    private static String where(ArrearsQuery query) {
        return OwnerFilter.sql(query.text()) + (query.stage() == null ? "" : " AND a.stage = :stage");
    }

    private static Map<String, Object> params(ArrearsQuery query) {
        Map<String, Object> params = new HashMap<>(OwnerFilter.params(query.text()));
        if (query.stage() != null) {
            params.put("stage", query.stage().name());
        }
        return params;
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public void addNote(long ownerId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > 1000) {
            throw new ArrearsException("error.arrears.note-invalid");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM owner WHERE id = ?").param(ownerId).query(Integer.class).single() == 0) {
            throw new ArrearsException("error.owner.not-found");
        }
        jdbc.sql("INSERT INTO collection_note (owner, noted_at, noted_by, text) VALUES (?, ?, ?, ?)")
                .params(ownerId, Timestamp.from(clock.instant()), AuditLog.currentActor(), note).update();
        audit.record(AuditAction.COLLECTION_NOTE_ADDED, "owner " + ownerId, null);
    }

    /** Newest first. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<CollectionNote> notes(long ownerId) {
        return jdbc.sql("SELECT noted_at, noted_by, text FROM collection_note WHERE owner = ? ORDER BY noted_at DESC, id DESC")
                .param(ownerId)
                .query((rs, row) -> new CollectionNote(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Newest first. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<StageChange> history(long ownerId) {
        return new ArrayList<>(jdbc.sql("""
                        SELECT changed_at, from_stage, to_stage, amount_due FROM arrears_history
                        WHERE owner = ? ORDER BY changed_at DESC, id DESC""")
                .param(ownerId)
                .query((rs, row) -> new StageChange(rs.getTimestamp(1).toInstant(), ArrearsStage.valueOf(rs.getString(2)),
                        ArrearsStage.valueOf(rs.getString(3)), rs.getLong(4)))
                .list());
    }
}
