package org.parkgate.billing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.parkgate.base.Money;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits billed to the owner who registered them: each stay an invoice of its own, without a pass
 * period, due on the last day of the visit's month; paid, reminded and counted in the arrears
 * like every invoice. Once per stay ({@code key}), so a repeat writes nothing.
 */
@Service
public class VisitCharges {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitCharges(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Puts a visitor's stay on the owner's account: {@code amount} fen for {@code description}
     * (the plate and the time), on the day the visitor left. Returns whether it was new.
     */
    @Transactional
    public boolean charge(long ownerId, String lot, LocalDate day, String description, long amount, String key) {
        if (amount <= 0) {
            return false;
        }
        String written = description.length() <= 100 ? description : description.substring(0, 100);
        LocalDate due = YearMonth.from(day).atEndOfMonth();
        var invoiceKey = new GeneratedKeyHolder();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO invoice (owner, lot, period_start, period_end, amount, due_on, issued_at, description,
                                                 charge_key)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(ownerId, lot, Date.valueOf(day), Date.valueOf(day), amount, Date.valueOf(due),
                            Timestamp.from(now), written, key)
                    .update(invoiceKey, "id");
        } catch (DuplicateKeyException chargedBefore) {
            return false;
        }
        audit.recordAs(AuditLog.SYSTEM, AuditAction.VISIT_BILLED, RegistryService.ownerSubject(ownerId),
                description + ", " + Money.yuan(amount));
        events.publishEvent(new InvoiceIssued(Objects.requireNonNull(invoiceKey.getKey()).longValue(), ownerId, lot,
                amount, day, day, due, written, now));
        events.publishEvent(new PaymentsChanged(ownerId)); // what the owner owes changed: arrears and the gate follow
        return true;
    }
}
