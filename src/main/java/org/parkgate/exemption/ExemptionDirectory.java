package org.parkgate.exemption;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only, for the gate's index: per plate, the approved exemption that matters from today on
 * (the one valid today, else the next to start; FULL before partial ones on the same start),
 * whether granted for that vehicle or for every vehicle of its owner.
 */
@Component
public class ExemptionDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExemptionDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, GrantedExemption> current() {
        return collect("TRUE", null);
    }

    @Transactional(readOnly = true)
    public GrantedExemption currentFor(String plate) {
        return collect("COALESCE(e.plate, v.plate) = ?", plate).get(plate);
    }

    private Map<String, GrantedExemption> collect(String condition, String plate) {
        Map<String, GrantedExemption> exemptions = new HashMap<>();
        var query = jdbc.sql("""
                SELECT COALESCE(e.plate, v.plate), e.kind, e.amount, e.valid_from, e.valid_until
                FROM exemption e LEFT JOIN vehicle v ON v.owner = e.owner
                WHERE e.status = 'APPROVED' AND e.valid_until >= ? AND COALESCE(e.plate, v.plate) IS NOT NULL AND %s
                ORDER BY e.valid_from DESC, CASE e.kind WHEN 'FULL' THEN 0 ELSE 1 END DESC""".formatted(condition))
                .param(Date.valueOf(LocalDate.now(clock)));
        if (plate != null) {
            query = query.param(plate);
        }
        // ordered so that for each plate the earliest start (FULL first) comes last and wins
        query.query(rs -> {
            exemptions.put(rs.getString(1), new GrantedExemption(ExemptionKind.valueOf(rs.getString(2)), rs.getInt(3),
                    rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate()));
        });
        return exemptions;
    }
}
