package org.parkgate.billing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes pass plans, periods and their invoices, and owns the predicates on periods (sold once
 * per owner, plan and first day; overlapping another); callers check, authorise and announce (the
 * service, the invoice run, demo data).
 */
@Component
class PassRecords {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PassRecords(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    long insertPlan(String name, PassPeriod period, long price, Rate rate, String windows, int maxInside) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pass_plan (name, period, price, rate, windows, max_inside) VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, period.name(), price, rate.name(), windows, maxInside)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Whether the owner already has a period of this plan from that day (the table's unique key). */
    boolean periodExists(long ownerId, long planId, LocalDate startsOn) {
        return jdbc.sql("SELECT COUNT(*) FROM subscription WHERE owner = ? AND plan = ? AND starts_on = ?")
                .params(ownerId, planId, Date.valueOf(startsOn)).query(Integer.class).single() > 0;
    }

    /** A period sold for {@code plate} that covers at least one day another period would cover. */
    record Overlap(String plate, LocalDate startsOn, LocalDate endsOn, String planName) {
    }

    /** The earliest period of any pass for one of {@code plates} covering a day from {@code from} to {@code until}. */
    Optional<Overlap> firstOverlap(Collection<String> plates, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                        SELECT sv.plate, s.starts_on, s.ends_on, p.name FROM subscription s
                        JOIN subscription_vehicle sv ON sv.subscription = s.id JOIN pass_plan p ON p.id = s.plan
                        WHERE sv.plate IN (:plates) AND s.starts_on <= :until AND s.ends_on >= :from
                        ORDER BY s.starts_on, sv.plate LIMIT 1""")
                .param("plates", plates).param("from", Date.valueOf(from)).param("until", Date.valueOf(until))
                .query((rs, row) -> new Overlap(rs.getString("plate"), rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(), rs.getString("name")))
                .optional();
    }

    /** The plates of a period that the owner still has (a renewal covers only those). */
    List<String> platesStillOwned(long ownerId, long periodId) {
        return jdbc.sql("""
                        SELECT sv.plate FROM subscription_vehicle sv
                        JOIN vehicle v ON v.plate = sv.plate AND v.owner = ?
                        WHERE sv.subscription = ? ORDER BY sv.plate""")
                .params(ownerId, periodId).query(String.class).list();
    }

    /**
     * Inserts a pass period for some plates and its invoice for the plan's price, due on
     * {@code dueOn}; returns the period's id.
     */
    long insertPeriod(long ownerId, long planId, Collection<String> plates, LocalDate startsOn, LocalDate endsOn,
            LocalDate dueOn) {
        return insertPeriod(ownerId, planId, plates, startsOn, endsOn, dueOn, clock.instant());
    }

    /** As above, the period and its invoice made at {@code at} (the demo's history: a moment in the past). */
    long insertPeriod(long ownerId, long planId, Collection<String> plates, LocalDate startsOn, LocalDate endsOn,
            LocalDate dueOn, Instant at) {
        var key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(at);
        jdbc.sql("INSERT INTO subscription (owner, plan, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(ownerId, planId, Date.valueOf(startsOn), Date.valueOf(endsOn), now)
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (String plate : plates) {
            jdbc.sql("INSERT INTO subscription_vehicle (subscription, plate) VALUES (?, ?)").params(id, plate).update();
        }
        var invoiceKey = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO invoice (owner, subscription, lot, period_start, period_end, amount, due_on, issued_at)
                        SELECT ?, ?, lot, ?, ?, price, ?, ? FROM pass_plan WHERE id = ?""")
                .params(ownerId, id, Date.valueOf(startsOn), Date.valueOf(endsOn), Date.valueOf(dueOn), now, planId)
                .update(invoiceKey, "id");
        long invoice = Objects.requireNonNull(invoiceKey.getKey()).longValue();
        record Priced(String lot, long amount) {
        }
        Priced priced = jdbc.sql("SELECT lot, amount FROM invoice WHERE id = ?").param(invoice)
                .query((rs, row) -> new Priced(rs.getString(1), rs.getLong(2))).single();
        events.publishEvent(new InvoiceIssued(invoice, ownerId, priced.lot(), priced.amount(), startsOn, endsOn, dueOn,
                null, now.toInstant()));
        return id;
    }
}
