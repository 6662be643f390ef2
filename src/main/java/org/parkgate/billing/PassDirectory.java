package org.parkgate.billing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: each plate's current pass (the latest period sold), for the gate's index, which is
 * built at start-up with nobody signed in. Exposes no personal data.
 */
@Component
public class PassDirectory {

    private static final String LATEST = """
            SELECT sv.plate, s.plan, p.windows, p.max_inside, s.ends_on
            FROM subscription s
            JOIN subscription_vehicle sv ON sv.subscription = s.id
            JOIN pass_plan p ON p.id = s.plan
            WHERE %s
            ORDER BY s.ends_on, s.id""";

    private final JdbcClient jdbc;

    PassDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<String, CurrentPass> currentPasses() {
        return collect(jdbc.sql(LATEST.formatted("TRUE")));
    }

    @Transactional(readOnly = true)
    public Map<String, CurrentPass> currentPassesOf(long ownerId) {
        return collect(jdbc.sql(LATEST.formatted("s.owner = ?")).param(ownerId));
    }

    /** Ordered by end: the last period seen for a plate is its current one. */
    private static Map<String, CurrentPass> collect(JdbcClient.StatementSpec query) {
        Map<String, CurrentPass> passes = new HashMap<>();
        query.query(rs -> {
            passes.put(rs.getString(1), new CurrentPass(rs.getLong(2), rs.getString(3), rs.getInt(4),
                    rs.getDate(5).toLocalDate()));
        });
        return passes;
    }
}
