package org.parkgate.billing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each lot's contract terms. Reading is open to ParkGate's own jobs (nothing personal in them);
 * changing them is for managers and admins, audited, and refused with a reason when the terms
 * make no sense.
 */
@Service
public class LotTermsService {

    private static final String COLUMNS = """
            lot, invoice_lead_days, grace_days, restrict_after_days, suspend_after_periods,
            late_fee_basis, late_fee_rate_bp, late_fee_from_day, late_fee_cap_bp, unpaid_pass_opens""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    LotTermsService(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Every lot's terms by lot id, in lot order. */
    @Transactional(readOnly = true)
    public Map<String, LotTerms> all() {
        Map<String, LotTerms> terms = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM lot_terms ORDER BY lot").query((rs, row) -> new LotTerms(rs.getString(1),
                rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), LateFeeBasis.valueOf(rs.getString(6)),
                rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10))).list().forEach(t -> terms.put(t.lot(), t));
        return terms;
    }

    /** The terms of one lot; a lot without terms of its own gets {@link LotTerms#defaults}. */
    public static LotTerms of(Map<String, LotTerms> all, String lot) {
        LotTerms terms = all.get(lot);
        return terms != null ? terms : LotTerms.defaults(lot);
    }

    /** Creates or replaces a lot's terms; the gate follows after the commit ({@link LotTermsChanged}). */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void save(LotTerms terms) {
        check(terms);
        int updated = jdbc.sql("UPDATE lot_terms SET invoice_lead_days = ?, grace_days = ?, restrict_after_days = ?,"
                        + " suspend_after_periods = ?, late_fee_basis = ?, late_fee_rate_bp = ?, late_fee_from_day = ?,"
                        + " late_fee_cap_bp = ?, unpaid_pass_opens = ?, version = version + 1 WHERE lot = ?")
                .params(values(terms)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO lot_terms (invoice_lead_days, grace_days, restrict_after_days, suspend_after_periods,"
                            + " late_fee_basis, late_fee_rate_bp, late_fee_from_day, late_fee_cap_bp, unpaid_pass_opens, lot)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values(terms)).update();
        }
        audit.record(AuditAction.TERMS_CHANGED, terms.lot(), terms.toString());
        events.publishEvent(new LotTermsChanged(terms.lot()));
    }

    private static List<Object> values(LotTerms t) {
        return List.of(t.invoiceLeadDays(), t.graceDays(), t.restrictAfterDays(), t.suspendAfterPeriods(),
                t.lateFeeBasis().name(), t.lateFeeRateBp(), t.lateFeeFromDay(), t.lateFeeCapBp(), t.unpaidPassOpens(),
                t.lot());
    }

    private static void check(LotTerms t) {
        if (t.lot() == null || !t.lot().matches("[A-Za-z0-9_-]{1,32}")) {
            throw new BillingException("error.terms.lot-invalid");
        }
        if (t.invoiceLeadDays() < 0 || t.invoiceLeadDays() > 60) {
            throw new BillingException("error.terms.lead-days-invalid");
        }
        if (t.graceDays() < 0 || t.restrictAfterDays() < t.graceDays() || t.restrictAfterDays() > 3650) {
            throw new BillingException("error.terms.days-invalid");
        }
        if (t.suspendAfterPeriods() < 1 || t.suspendAfterPeriods() > 120) {
            throw new BillingException("error.terms.periods-invalid");
        }
        if (t.lateFeeBasis() == null || t.lateFeeRateBp() < 0 || t.lateFeeRateBp() > 10_000 || t.lateFeeFromDay() < 1
                || t.lateFeeCapBp() < 0 || t.lateFeeCapBp() > 100_000) {
            throw new BillingException("error.terms.late-fee-invalid");
        }
    }
}
