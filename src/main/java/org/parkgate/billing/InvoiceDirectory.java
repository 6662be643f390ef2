package org.parkgate.billing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: invoices not yet settled, oldest due first, for ParkGate's own jobs (arrears, the
 * gate) which run with nobody signed in. Amounts and dates only, nothing personal.
 */
@Component
public class InvoiceDirectory {

    private static final String OPEN = """
            SELECT id, owner, lot, period_start, period_end, due_on, amount, paid, description
            FROM invoice WHERE settled_on IS NULL AND %s ORDER BY due_on, id""";

    /**
     * The one definition of "nothing owed on this invoice" as an SQL condition on an invoice table
     * aliased {@code i}: settled, or asking for nothing (a free plan's period is never settled by
     * a payment). A period without an invoice (none since V6) owes nothing either.
     */
    static final String PAID = "(i.id IS NULL OR i.settled_on IS NOT NULL OR i.amount = 0)";

    private final JdbcClient jdbc;

    InvoiceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<OpenInvoice> openInvoicesOf(long ownerId) {
        return jdbc.sql(OPEN.formatted("owner = ?")).param(ownerId).query(InvoiceDirectory::open).list();
    }

    /** Owners with at least one invoice not settled. */
    @Transactional(readOnly = true)
    public List<Long> ownersWithOpenInvoices() {
        return jdbc.sql("SELECT DISTINCT owner FROM invoice WHERE settled_on IS NULL ORDER BY owner")
                .query(Long.class).list();
    }

    static OpenInvoice open(ResultSet rs, int row) throws SQLException {
        return new OpenInvoice(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4), date(rs, 5), date(rs, 6),
                rs.getLong(7), rs.getLong(8), rs.getString(9));
    }

    private static java.time.LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date.toLocalDate();
    }
}
