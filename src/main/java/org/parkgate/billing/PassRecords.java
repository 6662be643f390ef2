package org.parkgate.billing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes pass plans and periods; callers check, authorise and announce (the service, demo data). */
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

    long insertPeriod(long ownerId, long planId, Collection<String> plates, LocalDate startsOn, LocalDate endsOn) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO subscription (owner, plan, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(ownerId, planId, Date.valueOf(startsOn), Date.valueOf(endsOn), Timestamp.from(clock.instant()))
                .update(key, "ID");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (String plate : plates) {
            jdbc.sql("INSERT INTO subscription_vehicle (subscription, plate) VALUES (?, ?)").params(id, plate).update();
        }
        return id;
    }
}
