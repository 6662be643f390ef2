package org.parkgate.billing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes pass plans, periods and their invoices; callers check, authorise and announce (the
 * service, the invoice run, demo data).
 */
@Component
class PassRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    PassRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insertPlan(String name, PassPeriod period, long price, Rate rate, String windows, int maxInside) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pass_plan (name, period, price, rate, windows, max_inside) VALUES (?, ?, ?, ?, ?, ?)")
                .params(name, period.name(), price, rate.name(), windows, maxInside)
                .update(key, "ID");
        return Objects.requireNonNull(key.getKey()).longValue();
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
        var key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO subscription (owner, plan, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(ownerId, planId, Date.valueOf(startsOn), Date.valueOf(endsOn), now)
                .update(key, "ID");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (String plate : plates) {
            jdbc.sql("INSERT INTO subscription_vehicle (subscription, plate) VALUES (?, ?)").params(id, plate).update();
        }
        jdbc.sql("""
                        INSERT INTO invoice (owner, subscription, lot, period_start, period_end, amount, due_on, issued_at)
                        SELECT ?, ?, lot, ?, ?, price, ?, ? FROM pass_plan WHERE id = ?""")
                .params(ownerId, id, Date.valueOf(startsOn), Date.valueOf(endsOn), Date.valueOf(dueOn), now, planId)
                .update();
        return id;
    }
}
