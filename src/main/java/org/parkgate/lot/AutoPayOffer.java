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

/** Whether the office lets owners have a lot's invoices paid automatically (on unless switched off). */
@Service
public class AutoPayOffer {

    private final JdbcClient jdbc;
    private final Upserts upserts;
    private final LotNames lots;
    private final AuditLog audit;
    private final Clock clock;

    AutoPayOffer(JdbcClient jdbc, Upserts upserts, LotNames lots, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.upserts = upserts;
        this.lots = lots;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean offered(String lot) {
        return jdbc.sql("SELECT offered FROM lot_autopay WHERE lot = ?").param(lot).query(Boolean.class).optional()
                .orElse(true);
    }

    /** @throws LotRulesException for a lot the site does not have */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void offer(String lot, boolean offered) {
        if (!lots.lotIds().contains(lot)) {
            throw new LotRulesException("lot-rules.error.lot-unknown", lot);
        }
        if (offered(lot) == offered) {
            return;
        }
        upserts.merge(jdbc.sql("""
                        MERGE INTO lot_autopay a USING (VALUES (CAST(? AS VARCHAR(32)))) AS n(lot) ON a.lot = n.lot
                        WHEN MATCHED THEN UPDATE SET offered = ?, changed_at = ?, changed_by = ?
                        WHEN NOT MATCHED THEN INSERT (lot, offered, changed_at, changed_by) VALUES (n.lot, ?, ?, ?)""")
                .params(lot, offered, Timestamp.from(clock.instant()), AuditLog.currentActor(), offered,
                        Timestamp.from(clock.instant()), AuditLog.currentActor()));
        audit.record(AuditAction.AUTOPAY_OFFER_CHANGED, lot, offered ? "offered" : "not offered");
    }
}
