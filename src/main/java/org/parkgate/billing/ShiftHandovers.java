package org.parkgate.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shift handover at the counter: the signed-in cashier's totals by method since their last
 * handover, signed off by them (audited) and kept for printing. Managers see everyone's. Which
 * ledger entries are in a till: {@link ShiftTills}. A guard who takes cash at the booth keeps a till
 * the same way: a shift is open from the last handover (or the first entry) on, so there is never
 * money without a shift to count it in.
 */
@Service
public class ShiftHandovers {

    private final JdbcClient jdbc;
    private final ShiftTills tills;
    private final AuditLog audit;
    private final Clock clock;

    ShiftHandovers(JdbcClient jdbc, ShiftTills tills, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tills = tills;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in user's open shift: since their last handover, until now. */
    @PreAuthorize(Role.Names.ALL_STAFF)
    @Transactional(readOnly = true)
    public Handover current() {
        String cashier = AuditLog.currentActor();
        return tills.till(cashier, lastHandover(cashier), clock.instant(), null);
    }

    /** Signs off the open shift until now; returns the handover's id. */
    @PreAuthorize(Role.Names.ALL_STAFF)
    @Transactional
    public long signOff(@Nullable String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > 200) {
            throw new BillingException("error.handover.note-too-long");
        }
        String cashier = AuditLog.currentActor();
        Handover shift = tills.till(cashier, lastHandover(cashier), clock.instant(), text.isEmpty() ? null : text);
        if (shift.from() != null && shift.entries() == 0) {
            throw new BillingException("error.handover.nothing-since");
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO shift_handover (cashier, from_at, to_at, cash, card, transfer, online, entries, note)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(cashier, Timestamp.from(shift.from() == null ? Instant.EPOCH : shift.from()),
                            Timestamp.from(shift.to()), amount(shift, PaymentMethod.CASH),
                            amount(shift, PaymentMethod.CARD), amount(shift, PaymentMethod.TRANSFER),
                            amount(shift, PaymentMethod.ONLINE), shift.entries(), shift.note())
                    .update(key, "id");
        } catch (DuplicateKeyException signedTwice) {
            throw new BillingException("error.handover.already");
        }
        long id = key.getKey().longValue();
        audit.record(AuditAction.SHIFT_HANDED_OVER, "handover " + id,
                org.parkgate.base.Money.yuan(shift.total()) + " in " + shift.entries() + " entries");
        return id;
    }

    /** A handover on record, with the voids of its payments up to now; cashiers only their own. */
    @PreAuthorize(Role.Names.ALL_STAFF)
    @Transactional(readOnly = true)
    public Handover find(long id) {
        Handover found = jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ShiftHandovers::row).optional()
                .orElseThrow(() -> new BillingException("error.handover.not-found"));
        if (!found.cashier().equals(AuditLog.currentActor()) && !AuditLog.currentUserHas(Role.MANAGER, Role.ADMIN)) {
            throw new BillingException("error.handover.not-found");
        }
        return tills.withVoids(List.of(found)).getFirst();
    }

    /** The latest handovers, newest first: everyone's for managers and admins, else the user's own. */
    @PreAuthorize(Role.Names.ALL_STAFF)
    @Transactional(readOnly = true)
    public List<Handover> latest(int limit) {
        boolean all = AuditLog.currentUserHas(Role.MANAGER, Role.ADMIN);
        List<Handover> signed = jdbc.sql(SELECT + (all ? "" : " WHERE cashier = :me")
                        + " ORDER BY to_at DESC, id DESC LIMIT :limit")
                .param("me", AuditLog.currentActor()).param("limit", limit)
                .query(ShiftHandovers::row).list();
        return tills.withVoids(signed);
    }

    private static final String SELECT =
            "SELECT id, cashier, from_at, to_at, cash, card, transfer, online, entries, note FROM shift_handover";

    private static Handover row(ResultSet rs, int n) throws SQLException {
        Map<PaymentMethod, Long> byMethod = new EnumMap<>(PaymentMethod.class);
        byMethod.put(PaymentMethod.CASH, rs.getLong(5));
        byMethod.put(PaymentMethod.CARD, rs.getLong(6));
        byMethod.put(PaymentMethod.TRANSFER, rs.getLong(7));
        byMethod.put(PaymentMethod.ONLINE, rs.getLong(8));
        Instant from = rs.getTimestamp(3).toInstant();
        return new Handover(rs.getLong(1), rs.getString(2), from.equals(Instant.EPOCH) ? null : from,
                rs.getTimestamp(4).toInstant(), byMethod, rs.getInt(9), rs.getString(10), List.of());
    }

    private @Nullable Instant lastHandover(String cashier) {
        return jdbc.sql("SELECT MAX(to_at) FROM shift_handover WHERE cashier = ?").param(cashier)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static long amount(Handover shift, PaymentMethod method) {
        return shift.byMethod().getOrDefault(method, 0L);
    }
}
