package org.parkgate.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.SqlDialect;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.OwnerPrincipal;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a payment as its receipt shows it, for the office (and a guard, for the cash they took). */
@Service
public class Receipts {

    private final JdbcClient jdbc;
    private final SqlDialect sql;

    Receipts(JdbcClient jdbc, SqlDialect sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * The receipt of a payment, whatever its status (a voided payment's receipt says so). The office
     * sees every receipt; a guard only those of the money they took themselves (at the booth); an
     * owner signed in to the portal only their own payments'.
     *
     * @throws BillingException {@code error.payment.not-found}
     */
    @PreAuthorize(Role.Names.ALL_STAFF_OR_OWNER)
    @Transactional(readOnly = true)
    public Receipt find(long paymentId) {
        List<Receipt.Line> lines = jdbc.sql("""
                        SELECT COALESCE(pp.name, i.description) AS plan, i.lot, i.period_start, i.period_end, a.amount, a.late_fee,
                               (SELECT %s
                                FROM subscription_vehicle sv WHERE sv.subscription = i.subscription) AS plates
                        FROM payment_allocation a JOIN invoice i ON i.id = a.invoice
                        LEFT JOIN subscription s ON s.id = i.subscription LEFT JOIN pass_plan pp ON pp.id = s.plan
                        WHERE a.payment = ? ORDER BY i.due_on, i.id""".formatted(sql.joined("sv.plate", " ")))
                .param(paymentId)
                .query((rs, row) -> new Receipt.Line(rs.getString("plan"), rs.getString("lot"),
                        platesOf(rs.getString("plates")), rs.getDate("period_start").toLocalDate(),
                        rs.getDate("period_end").toLocalDate(), rs.getLong("amount"), rs.getLong("late_fee")))
                .list();
        boolean office = AuditLog.currentUserHas(Role.ADMIN, Role.MANAGER, Role.CASHIER);
        return jdbc.sql("""
                        SELECT p.id, p.receipt_no, o.name, o.unit, p.amount, p.method, p.reference, p.received_at,
                               p.received_by, p.status, s.lot AS stay_lot, s.plate AS stay_plate, s.entered_at, s.left_at
                        FROM payment p LEFT JOIN owner o ON o.id = p.owner LEFT JOIN stay_payment s ON s.payment = p.id
                        WHERE p.id = ? AND (? OR p.received_by = ? OR p.owner = ?)""")
                .params(paymentId, office, AuditLog.currentActor(),
                        OwnerAccess.principal().map(OwnerPrincipal::current).orElse(-1L))
                .query((rs, row) -> new Receipt(rs.getLong("id"), rs.getString("receipt_no"), rs.getString("name"),
                        rs.getString("unit"), rs.getLong("amount"), PaymentMethod.valueOf(rs.getString("method")),
                        rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("received_by"), PaymentStatus.valueOf(rs.getString("status")), lines, stay(rs)))
                .optional().orElseThrow(() -> new BillingException("error.payment.not-found"));
    }

    private static @Nullable ParkingStay stay(ResultSet rs) throws SQLException {
        if (rs.getString("stay_lot") == null) {
            return null;
        }
        Timestamp entered = rs.getTimestamp("entered_at");
        return new ParkingStay(rs.getString("stay_lot"), rs.getString("stay_plate"),
                entered == null ? null : entered.toInstant(), rs.getTimestamp("left_at").toInstant());
    }

    private static List<String> platesOf(@Nullable String plates) {
        return plates == null ? List.of() : Arrays.asList(plates.split(" "));
    }
}
