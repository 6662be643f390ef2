package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the next period, with its invoice, of every pass that renews, as soon as that period is
 * within its lot's invoice lead days; periods missed while ParkGate was off are caught up.
 *
 * <p>Idempotent: a period exists once per owner, plan and first day (a database constraint), so a
 * second run, or two runs at once, issue nothing twice. Runs at start-up, nightly and by hand.
 */
@Service
@Order(90) // at start-up: after the demo data, before the arrears
public class InvoiceRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InvoiceRun.class);
    /** The latest period of each pass that renews, with what is needed to issue the next. */
    private static final String RENEWING = """
            SELECT s.id, s.owner, s.plan, p.lot, p.period, s.ends_on
            FROM subscription s JOIN pass_plan p ON p.id = s.plan
            WHERE p.active AND s.renews AND s.ends_on < ? AND %s
              AND s.ends_on = (SELECT MAX(x.ends_on) FROM subscription x WHERE x.owner = s.owner AND x.plan = s.plan)
            ORDER BY s.owner, s.plan""";

    private final JdbcClient jdbc;
    private final PassRecords records;
    private final LotTermsService terms;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final boolean catchUpOnStart;

    InvoiceRun(JdbcClient jdbc, PassRecords records, LotTermsService terms, TransactionTemplate transaction,
            ApplicationEventPublisher events, AuditLog audit, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${parkgate.billing.catch-up-on-start:true}")
            boolean catchUpOnStart) {
        this.catchUpOnStart = catchUpOnStart;
        this.jdbc = jdbc;
        this.records = records;
        this.terms = terms;
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * At start-up: the periods that fell due while ParkGate was off, unless
     * {@code parkgate.billing.catch-up-on-start} is false (a copy of the database opened to look at
     * it as it was; the next nightly run catches up).
     */
    @Override
    public void run(ApplicationArguments args) {
        if (catchUpOnStart) {
            nightly();
        }
    }

    @Scheduled(cron = "${parkgate.billing.invoice-run-cron}", zone = "${parkgate.zone}")
    void nightly() {
        InvoiceRunResult result = run(LocalDate.now(clock));
        log.info("Invoice run for {}: {} invoices for {} owners", result.asOf(), result.invoicesIssued(),
                result.owners());
    }

    /** A manager's "bill now": the same run as the nightly one, as of today, audited. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    public InvoiceRunResult runNow() {
        InvoiceRunResult result = run(LocalDate.now(clock));
        transaction.executeWithoutResult(status -> audit.record(AuditAction.INVOICE_RUN, null,
                result.invoicesIssued() + " invoices, " + result.owners() + " owners"));
        return result;
    }

    /** Issues every period due by {@code today}; each period in its own transaction. */
    InvoiceRunResult run(LocalDate today) {
        return run(today, null);
    }

    /** The run for one owner's passes only (tests, which share one database, run it this way). */
    InvoiceRunResult runFor(long ownerId, LocalDate today) {
        return run(today, ownerId);
    }

    private InvoiceRunResult run(LocalDate today, Long onlyOwner) {
        Map<String, LotTerms> lotTerms = terms.all();
        int longestLead = lotTerms.values().stream().mapToInt(LotTerms::invoiceLeadDays)
                .reduce(LotTerms.defaults("").invoiceLeadDays(), Math::max);
        record Latest(long id, long ownerId, long planId, String lot, PassPeriod period, LocalDate endsOn) {
        }
        var query = jdbc.sql(RENEWING.formatted(onlyOwner == null ? "TRUE" : "s.owner = ?"))
                .param(java.sql.Date.valueOf(today.plusDays(longestLead)));
        List<Latest> renewing = (onlyOwner == null ? query : query.param(onlyOwner))
                .query((rs, row) -> new Latest(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        PassPeriod.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate()))
                .list();
        int issued = 0;
        Set<Long> owners = new HashSet<>();
        for (Latest pass : renewing) {
            LocalDate issueUpTo = today.plusDays(LotTermsService.of(lotTerms, pass.lot()).invoiceLeadDays());
            long latestId = pass.id();
            LocalDate next = pass.endsOn().plusDays(1);
            while (!next.isAfter(issueUpTo)) {
                Long created = issueNext(latestId, pass.ownerId(), pass.planId(), next, pass.period().lastDay(next));
                if (created == null) {
                    break;
                }
                issued++;
                owners.add(pass.ownerId());
                latestId = created;
                next = pass.period().lastDay(next).plusDays(1);
            }
        }
        return new InvoiceRunResult(today, issued, owners.size());
    }

    /** The next period for the plates of the previous one the owner still has; null when none is issued. */
    private Long issueNext(long previousId, long ownerId, long planId, LocalDate startsOn, LocalDate endsOn) {
        try {
            return transaction.execute(status -> {
                List<String> plates = records.platesStillOwned(ownerId, previousId);
                if (plates.isEmpty()) {
                    return null; // the owner no longer has any of the pass's vehicles
                }
                long id = records.insertPeriod(ownerId, planId, plates, startsOn, endsOn, startsOn);
                events.publishEvent(new PassesChanged(ownerId));
                return id;
            });
        } catch (DuplicateKeyException issuedByAnotherRun) {
            return null;
        }
    }
}
