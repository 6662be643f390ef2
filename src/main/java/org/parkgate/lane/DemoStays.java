package org.parkgate.lane;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: weeks of past traffic at the first lot ({@link DemoTraffic}), so that the
 * occupancy charts, the dashboard and the space forecast have a history to show. The stays end
 * before today (nothing is left inside); runs once, on a lot without stays
 * ({@code parkgate.demo.history-weeks}, 0 for none).
 */
@Component
@Profile("demo")
@Order(50)
class DemoStays implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStays.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Site site;
    private final Clock clock;
    private final int weeks;

    DemoStays(JdbcTemplate jdbc, TransactionTemplate transaction, Site site, Clock clock,
            @Value("${parkgate.demo.history-weeks:10}") int weeks) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.site = site;
        this.clock = clock;
        this.weeks = weeks;
    }

    @Override
    public void run(ApplicationArguments args) {
        String lot = site.lotIds().getFirst();
        Long recorded = jdbc.queryForObject("SELECT COUNT(*) FROM stay WHERE lot = ?", Long.class, lot);
        if (weeks <= 0 || recorded != null && recorded > 0) {
            return;
        }
        int capacity = site.lots().stream().filter(l -> l.id().equals(lot)).findFirst().orElseThrow().capacity();
        List<String> residents = jdbc.queryForList("SELECT plate FROM vehicle ORDER BY plate LIMIT ?", String.class,
                capacity * 3 / 4);
        LocalDate today = LocalDate.now(clock);
        var stays = DemoTraffic.of(residents, capacity / 5, today.minusWeeks(weeks), weeks * 7, clock.getZone(), 2026);
        transaction.executeWithoutResult(status -> jdbc.batchUpdate(
                "INSERT INTO stay (lot, plate, entered_at, exited_at) VALUES (?, ?, ?, ?)", stays, 1000,
                (statement, stay) -> {
                    statement.setString(1, lot);
                    statement.setString(2, stay.plate());
                    statement.setTimestamp(3, Timestamp.from(stay.in()));
                    statement.setTimestamp(4, Timestamp.from(stay.out()));
                }));
        log.info("Demo profile: {} weeks of past traffic at lot {} ({} stays)", weeks, lot, stays.size());
    }
}
