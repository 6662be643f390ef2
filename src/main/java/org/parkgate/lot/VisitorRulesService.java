package org.parkgate.lot;

import java.sql.Timestamp;
import java.time.Clock;
import org.parkgate.base.LotNames;
import org.parkgate.base.Upserts;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each lot's rules for owners' visitors: read by the portal and the lanes, set by a manager, audited. */
@Service
public class VisitorRulesService {

    private final JdbcClient jdbc;
    private final Upserts upserts;
    private final LotNames lots;
    private final AuditLog audit;
    private final Clock clock;

    VisitorRulesService(JdbcClient jdbc, Upserts upserts, LotNames lots, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.upserts = upserts;
        this.lots = lots;
        this.audit = audit;
        this.clock = clock;
    }

    /** The lot's rules, or the defaults when its office set none. */
    @Transactional(readOnly = true)
    public VisitorRules rules(String lot) {
        return jdbc.sql("SELECT per_month, billing, max_hours FROM lot_visitor_rules WHERE lot = ?").param(lot)
                .query((rs, row) -> new VisitorRules(lot, rs.getInt(1), VisitorRules.Billing.valueOf(rs.getString(2)),
                        rs.getInt(3)))
                .optional().orElseGet(() -> VisitorRules.defaults(lot));
    }

    /**
     * Stores a lot's rules; registrations made before keep their windows and charging.
     *
     * @throws LotRulesException a value out of range or a lot the site does not have; nothing changed
     */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void save(VisitorRules rules) {
        if (!lots.lotIds().contains(rules.lot())) {
            throw new LotRulesException("lot-rules.error.lot-unknown", rules.lot());
        }
        VisitorRules before = rules(rules.lot());
        rules.checked();
        upserts.merge(jdbc.sql("""
                        MERGE INTO lot_visitor_rules r USING (VALUES (CAST(? AS VARCHAR(32)))) AS n(lot) ON r.lot = n.lot
                        WHEN MATCHED THEN UPDATE SET per_month = ?, billing = ?, max_hours = ?, changed_at = ?, changed_by = ?
                        WHEN NOT MATCHED THEN INSERT (lot, per_month, billing, max_hours, changed_at, changed_by)
                            VALUES (n.lot, ?, ?, ?, ?, ?)""")
                .params(rules.lot(), rules.perMonth(), rules.billing().name(), rules.maxHours(),
                        Timestamp.from(clock.instant()), AuditLog.currentActor(), rules.perMonth(), rules.billing().name(),
                        rules.maxHours(), Timestamp.from(clock.instant()), AuditLog.currentActor()));
        audit.record(AuditAction.VISITOR_RULES_CHANGED, rules.lot(), "per month " + before.perMonth() + " -> "
                + rules.perMonth() + ", billing " + before.billing() + " -> " + rules.billing() + ", max hours "
                + before.maxHours() + " -> " + rules.maxHours());
    }
}
