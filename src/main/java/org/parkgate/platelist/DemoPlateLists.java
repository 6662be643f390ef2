package org.parkgate.platelist;

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

/**
 * Demo profile: 京A10007 on the blacklist and the police car 京A10008 on the always-allow list,
 * both added by the manager from the first day of the demo data, until ended. Once.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPlateLists implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPlateLists(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM plate_list_entry").query(Long.class).single() > 0) {
            return;
        }
        Date today = Date.valueOf(LocalDate.now(clock));
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO plate_list_entry (plate, kind, reason, valid_from, created_by, created_at)
                VALUES ('京A10007', 'BLACKLIST', '多次冲卡逃费 Forced the barrier without paying, twice', ?, 'manager', ?),
                       ('京A10008', 'ALWAYS_ALLOW', '辖区派出所警车 Police car of the local station', ?, 'manager', ?)""")
                .params(today, now, today, now)
                .update();
    }
}
