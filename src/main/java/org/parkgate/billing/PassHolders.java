package org.parkgate.billing;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.base.SqlDialect;
import org.parkgate.registry.OwnerFilter;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which pass until when: every pass whose latest period has not ended, or ended so
 * recently that a renewal can still start the day after it ({@link PassService#SALE_START}),
 * soonest end first.
 */
@Service
@PreAuthorize(Role.Names.OFFICE)
public class PassHolders {

    /** A period of the same pass (owner and plan) with something owed on its invoice. */
    private static final String UNPAID_PERIOD = """
            EXISTS (SELECT 1 FROM subscription x JOIN invoice i ON i.subscription = x.id
                    WHERE x.owner = s.owner AND x.plan = s.plan AND NOT %s)""".formatted(InvoiceDirectory.PAID);

    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final Clock clock;

    PassHolders(JdbcClient jdbc, SqlDialect sql, Clock clock) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PassHolderRow> find(PassHolderQuery query) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>(OwnerFilter.params(query.text()));
        params.put("since", Date.valueOf(PassService.SALE_START.earliest(today).minusDays(1)));
        StringBuilder where = new StringBuilder(OwnerFilter.sql(query.text()));
        if (query.endsWithinDays() != null) {
            where.append(" AND s.ends_on BETWEEN :today AND :until");
            params.put("today", Date.valueOf(today));
            params.put("until", Date.valueOf(today.plusDays(query.endsWithinDays())));
        }
        if (query.notRenewing()) {
            where.append(" AND NOT s.renews");
        }
        if (query.unpaid()) {
            where.append(" AND ").append(UNPAID_PERIOD);
        }
        return jdbc.sql("""
                        SELECT s.id, o.id, o.name, o.unit, p.name, p.period, p.lot, s.starts_on, s.ends_on, s.renews,
                               (SELECT %s
                                FROM subscription_vehicle sv WHERE sv.subscription = s.id),
                               CASE WHEN %s THEN FALSE ELSE TRUE END
                        FROM subscription s JOIN pass_plan p ON p.id = s.plan JOIN owner o ON o.id = s.owner
                        WHERE s.ends_on >= :since
                          AND NOT EXISTS (SELECT 1 FROM subscription l WHERE l.owner = s.owner AND l.plan = s.plan
                                          AND (l.ends_on > s.ends_on OR l.ends_on = s.ends_on AND l.id > s.id))
                          AND %s
                        ORDER BY s.ends_on, o.name, s.id""".formatted(sql.joined("sv.plate", ", "), UNPAID_PERIOD, where))
                .params(params)
                .query((rs, row) -> new PassHolderRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(11) == null ? "" : rs.getString(11), rs.getString(5),
                        PassPeriod.valueOf(rs.getString(6)), rs.getString(7), rs.getDate(8).toLocalDate(),
                        rs.getDate(9).toLocalDate(), rs.getBoolean(10), rs.getBoolean(12)))
                .list();
    }
}
