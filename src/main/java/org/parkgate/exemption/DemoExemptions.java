package org.parkgate.exemption;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo profile: 京A10006 parks free (requested by the cashier, approved by the manager). Once. */
@Component
@Profile("demo")
@Order(30)
class DemoExemptions implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoExemptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM exemption").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO exemption (plate, kind, amount, valid_from, valid_until, reason, status, requested_by,
                                       requested_at, decided_by, decided_at)
                VALUES ('京A10006', 'FULL', 0, ?, ?, '残疾人专用车位 Disabled driver', 'APPROVED', 'cashier', ?, 'manager', ?)""")
                .params(Date.valueOf(today.minusDays(30)), Date.valueOf(today.plusDays(335)), now, now)
                .update();
    }
}
