package org.parkgate.billing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.base.SqlDialect;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only, for the office: the pass periods owners were sold, and until when their passes run. */
@Service
@PreAuthorize(Role.Names.OFFICE)
public class OwnerPasses {

    private final JdbcClient jdbc;
    private final SqlDialect sql;

    OwnerPasses(JdbcClient jdbc, SqlDialect sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Every period sold to the owner, the latest end first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.OFFICE_OR_THE_OWNER)
    public List<PassPeriodRow> periodsOf(long ownerId) {
        return jdbc.sql("""
                        SELECT s.id, p.name, s.starts_on, s.ends_on, s.renews,
                               (SELECT %s
                                FROM subscription_vehicle sv WHERE sv.subscription = s.id) AS plates,
                               NOT EXISTS (SELECT 1 FROM subscription n WHERE n.owner = s.owner AND n.plan = s.plan
                                           AND n.ends_on > s.ends_on) AS latest
                        FROM subscription s JOIN pass_plan p ON p.id = s.plan
                        WHERE s.owner = ? ORDER BY s.ends_on DESC, s.id DESC""".formatted(sql.joined("sv.plate", ", ")))
                .param(ownerId)
                .query((rs, row) -> new PassPeriodRow(rs.getLong("id"), rs.getString("name"),
                        rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                        rs.getString("plates") == null ? "" : rs.getString("plates"), rs.getBoolean("latest"),
                        rs.getBoolean("renews")))
                .list();
    }

    /** The last day covered by any period sold to each of these owners; owners never sold one are left out. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> lastDays(Collection<Long> ownerIds) {
        Map<Long, LocalDate> lastDays = new HashMap<>();
        if (!ownerIds.isEmpty()) {
            jdbc.sql("SELECT owner, MAX(ends_on) AS last_day FROM subscription WHERE owner IN (:owners) GROUP BY owner")
                    .param("owners", ownerIds)
                    .query(rs -> {
                        lastDays.put(rs.getLong("owner"), rs.getDate("last_day").toLocalDate());
                    });
        }
        return lastDays;
    }
}
