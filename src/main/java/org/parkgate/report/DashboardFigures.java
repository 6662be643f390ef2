package org.parkgate.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.ArrearsStage;
import org.parkgate.access.Lot;
import org.parkgate.gate.GateHealth;
import org.parkgate.gate.GateState;
import org.parkgate.lane.Site;
import org.parkgate.lane.SiteLane;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, as of now: how full each lot is, entries and exits today, money taken
 * this month and last (owners' payments net of voids and refunds, plus visitors' online fees),
 * arrears by stage, and the lanes that need attention.
 */
@Service
public class DashboardFigures {

    private final JdbcClient jdbc;
    private final Site site;
    private final Clock clock;

    DashboardFigures(JdbcClient jdbc, Site site, Clock clock) {
        this.jdbc = jdbc;
        this.site = site;
        this.clock = clock;
    }

    /** One lot right now. */
    public record LotNow(String id, String name, int inside, int capacity) {
    }

    /** Owners in one arrears stage and what they owe. */
    public record StageTotal(ArrearsStage stage, long owners, long amount) {
    }

    /** A lane whose hardware is offline or raised an alarm (a message key). */
    public record LaneAlarm(String laneId, String laneName, GateHealth health, @Nullable String alarm) {
    }

    public record Figures(List<LotNow> lots, long entriesToday, long exitsToday, long revenueThisMonth,
            long revenueLastMonth, List<StageTotal> arrears, List<LaneAlarm> alarms) {

        public long arrearsTotal() {
            return arrears.stream().mapToLong(StageTotal::amount).sum();
        }
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public Figures now() {
        LocalDate today = LocalDate.now(clock);
        Timestamp midnight = Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant());
        Map<String, Long> passages = new LinkedHashMap<>();
        jdbc.sql("SELECT direction, COUNT(*) FROM passage WHERE opened AND decided_at >= ? GROUP BY direction")
                .param(midnight).query(rs -> {
                    passages.put(rs.getString(1), rs.getLong(2));
                });
        List<LotNow> lots = new ArrayList<>();
        for (Lot lot : site.lots()) {
            lots.add(new LotNow(lot.id(), site.lotName(lot.id()), lot.inside(), lot.capacity()));
        }
        YearMonth month = YearMonth.from(today);
        List<StageTotal> arrears = jdbc.sql("""
                        SELECT stage, COUNT(*), SUM(amount_due) FROM owner_arrears GROUP BY stage ORDER BY stage""")
                .query((rs, row) -> new StageTotal(ArrearsStage.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
        List<LaneAlarm> alarms = new ArrayList<>();
        for (SiteLane lane : site.lanes()) {
            GateState state = lane.gate().state();
            if (state.health() != GateHealth.ONLINE || state.alarm() != null) {
                alarms.add(new LaneAlarm(lane.id(), lane.name(), state.health(), state.alarm()));
            }
        }
        return new Figures(lots, passages.getOrDefault("IN", 0L), passages.getOrDefault("OUT", 0L),
                revenue(month), revenue(month.minusMonths(1)), arrears, alarms);
    }

    /** Money taken in a month (fen): the ledger's net plus visitors' fees paid online. */
    long revenue(YearMonth month) {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(clock.getZone()).toInstant());
        Timestamp until = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
        long ledger = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE entered_at >= ? AND entered_at < ?")
                .params(from, until).query(Long.class).single();
        long visitors = jdbc.sql("""
                        SELECT COALESCE(SUM(amount), 0) FROM payment_order
                        WHERE purpose = 'VISITOR_FEE' AND status = 'PAID' AND paid_at >= ? AND paid_at < ?""")
                .params(from, until).query(Long.class).single();
        return ledger + visitors;
    }
}
