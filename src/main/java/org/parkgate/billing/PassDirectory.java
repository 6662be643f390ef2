package org.parkgate.billing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: each plate's current pass, for the gate's index, which is built at start-up with
 * nobody signed in. Exposes no personal data. The current pass is the latest period sold that
 * opens the barrier: every period, except where the lot's terms say that unpaid passes do not
 * open ({@link LotTerms#unpaidPassOpens()}); there only periods with nothing owed on their invoice
 * count, so a vehicle whose only period is unpaid has no pass at the gate until it is paid.
 */
@Component
public class PassDirectory {

    private static final String LATEST = """
            SELECT sv.plate, s.plan, p.windows, p.max_inside, s.ends_on, p.lot, %s AS paid
            FROM subscription s
            JOIN subscription_vehicle sv ON sv.subscription = s.id
            JOIN pass_plan p ON p.id = s.plan
            LEFT JOIN invoice i ON i.subscription = s.id
            WHERE %s
            ORDER BY s.ends_on, s.id""";

    private final JdbcClient jdbc;
    private final LotTermsService terms;

    PassDirectory(JdbcClient jdbc, LotTermsService terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    @Transactional(readOnly = true)
    public Map<String, CurrentPass> currentPasses() {
        return collect(jdbc.sql(LATEST.formatted(InvoiceDirectory.PAID, "TRUE")));
    }

    @Transactional(readOnly = true)
    public Map<String, CurrentPass> currentPassesOf(long ownerId) {
        return collect(jdbc.sql(LATEST.formatted(InvoiceDirectory.PAID, "s.owner = ?")).param(ownerId));
    }

    /** Ordered by end: the last period seen for a plate that opens the barrier is its current one. */
    private Map<String, CurrentPass> collect(JdbcClient.StatementSpec query) {
        Map<String, LotTerms> lotTerms = terms.all();
        Map<String, CurrentPass> passes = new HashMap<>();
        query.query(rs -> {
            if (rs.getBoolean(7) || LotTermsService.of(lotTerms, rs.getString(6)).unpaidPassOpens()) {
                passes.put(rs.getString(1), new CurrentPass(rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getDate(5).toLocalDate()));
            }
        });
        return passes;
    }
}
