package org.parkgate.billing;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A renewal paid online: the period after the one the order names, for the same plan and the
 * vehicles the owner still has, keeping the pass's choice whether to renew by itself; its invoice
 * is then paid by the order's money. Nothing is issued twice if that period exists already.
 */
@Component
class PaidRenewals {

    private final JdbcClient jdbc;
    private final PassRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaidRenewals(JdbcClient jdbc, PassRecords records, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    void issueNextPeriod(String orderId, long ownerId) {
        record Previous(long id, long plan, LocalDate endsOn, String period, boolean renews) {
        }
        Previous previous = jdbc.sql("""
                        SELECT s.id, s.plan, s.ends_on, p.period, s.renews FROM payment_order o
                        JOIN subscription s ON s.id = o.renews_period JOIN pass_plan p ON p.id = s.plan
                        WHERE o.id = ?""")
                .param(orderId)
                .query((rs, row) -> new Previous(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getBoolean(5)))
                .single();
        LocalDate start = previous.endsOn().plusDays(1);
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM subscription WHERE owner = ? AND plan = ? AND starts_on = ?")
                .params(ownerId, previous.plan(), Date.valueOf(start)).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        List<String> plates = records.platesStillOwned(ownerId, previous.id());
        LocalDate today = LocalDate.now(clock);
        long id = records.insertPeriod(ownerId, previous.plan(), plates, start,
                PassPeriod.valueOf(previous.period()).lastDay(start), start.isAfter(today) ? start : today);
        jdbc.sql("UPDATE subscription SET renews = ? WHERE id = ?").params(previous.renews(), id).update();
        events.publishEvent(new PassesChanged(ownerId));
    }
}
