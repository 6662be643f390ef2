package org.parkgate.billing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.SqlDialect;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money in and out. A payment pays the owner's open invoices oldest first, each with its late fee
 * as of today; an invoice paid in full is settled and its late fee fixed. Every payment, void and
 * refund is a ledger entry. Refusals throw {@link BillingException} and write nothing.
 */
@Service
public class PaymentService {

    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final InvoiceDirectory invoices;
    private final LotTermsService terms;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OnlineRefunds refunds;

    PaymentService(JdbcClient jdbc, SqlDialect sql, InvoiceDirectory invoices, LotTermsService terms, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, OnlineRefunds refunds) {
        this.refunds = refunds;
        this.jdbc = jdbc;
        this.sql = sql;
        this.invoices = invoices;
        this.terms = terms;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the owner owes today, invoice by invoice. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public AccountBalance balance(long ownerId) {
        return balanceOf(ownerId, LocalDate.now(clock));
    }

    /**
     * Records money taken at the counter and applies it; returns the payment's id (for the
     * receipt). More than the owner owes is refused: there is nothing to apply it to.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public long recordAtCounter(long ownerId, long amount, PaymentMethod method, @Nullable String reference) {
        if (method == null || !method.atTheCounter()) {
            throw new BillingException("error.payment.method-invalid");
        }
        return record(ownerId, amount, method, reference);
    }

    /**
     * Money that came in online for an order (a verified provider notification, nobody signed in),
     * in the caller's transaction: the payment's id, or empty when it cannot be applied (more than
     * the owner owes now, e.g. paid meanwhile at the counter; the owner gone), with nothing written,
     * so the caller can hold the money for review in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OptionalLong recordOnline(long ownerId, long amount, String orderId) {
        if (amount <= 0 || !lockOwner(ownerId)) {
            return OptionalLong.empty();
        }
        LocalDate today = LocalDate.now(clock);
        AccountBalance balance = balanceOf(ownerId, today);
        if (amount > balance.total()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(write(Taken.now(clock), ownerId, amount, PaymentMethod.ONLINE, orderId, balance));
    }

    /**
     * Money taken at the counter with the sale or renewal of pass period {@code periodId}, in the
     * sale's transaction: exactly what settles the owner's open invoices up to and including the
     * period's (oldest due first, as every payment), and only when that is {@code pay.amount()},
     * the amount the cashier was shown. Otherwise refused, so that the sale is not written either.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long recordForPeriod(long periodId, PayNow pay) {
        if (pay.method() == null || !pay.method().atTheCounter()) {
            throw new BillingException("error.payment.method-invalid");
        }
        record Billed(long invoiceId, long ownerId) {
        }
        Billed billed = jdbc.sql("SELECT id, owner FROM invoice WHERE subscription = ?").param(periodId)
                .query((rs, row) -> new Billed(rs.getLong(1), rs.getLong(2))).optional()
                .orElseThrow(() -> new BillingException("error.pass.not-found"));
        if (!lockOwner(billed.ownerId())) {
            throw new BillingException("error.owner.not-found");
        }
        long through = 0;
        for (AccountBalance.Item item : balanceOf(billed.ownerId(), LocalDate.now(clock)).items()) {
            through += item.owed();
            if (item.invoice().id() == billed.invoiceId()) {
                break;
            }
        }
        if (through == 0) {
            throw new BillingException("error.sale.nothing-to-pay");
        }
        if (through != pay.amount()) {
            throw new BillingException("error.sale.amount-changed", Money.yuan(through));
        }
        return record(billed.ownerId(), through, pay.method(), pay.reference());
    }

    /**
     * Cash a guard (or anyone at the lanes) took at the booth from owner {@code ownerId} for the
     * arrears a lane refused them for, in the caller's transaction: a payment like one at the counter
     * (invoices oldest first, each with today's late fee), in the till of whoever took it.
     * Refusals are thrown as at the counter (more than owed now, owner gone); nothing is written.
     */
    @PreAuthorize(Role.Names.ALL_STAFF)
    @Transactional(propagation = Propagation.MANDATORY)
    public CashTaken recordArrearsAtBooth(long ownerId, long amount) {
        long id = record(ownerId, amount, PaymentMethod.CASH, null);
        return new CashTaken(id, receiptNoOf(id), amount);
    }

    /**
     * Cash taken at the booth for the fee of a {@code stay} (a visitor's, or a vehicle charged as
     * one), in the caller's transaction: a payment without an owner and without invoices, with the
     * stay it paid for (for its receipt), in the ledger and the till of whoever took it.
     */
    @PreAuthorize(Role.Names.ALL_STAFF)
    @Transactional(propagation = Propagation.MANDATORY)
    public CashTaken recordStayFeeInCash(ParkingStay stay, long amount) {
        return recordStayFee(Taken.now(clock), stay, amount);
    }

    /** A stay's fee in cash, taken at {@code taken} (now, or a moment of the demo's history). */
    CashTaken recordStayFee(Taken taken, ParkingStay stay, long amount) {
        if (amount <= 0) {
            throw new BillingException("error.payment.amount-invalid");
        }
        long id = write(taken, null, amount, PaymentMethod.CASH, null, new AccountBalance(0, List.of(), 0));
        Instant entered = stay.enteredAt();
        jdbc.sql("INSERT INTO stay_payment (payment, lot, plate, entered_at, left_at) VALUES (?, ?, ?, ?, ?)")
                .params(id, stay.lotId(), stay.plate(), entered == null ? null : Timestamp.from(entered),
                        Timestamp.from(stay.leftAt()))
                .update();
        return new CashTaken(id, receiptNoOf(id), amount);
    }

    private String receiptNoOf(long paymentId) {
        return jdbc.sql("SELECT receipt_no FROM payment WHERE id = ?").param(paymentId).query(String.class).single();
    }

    /** Checked, refusals thrown: for the counter (above) and demo data. */
    long record(long ownerId, long amount, PaymentMethod method, @Nullable String reference) {
        return record(Taken.now(clock), ownerId, amount, method, reference);
    }

    /** As {@link #record(long, long, PaymentMethod, String)}, taken at {@code taken}, owing what was owed on its day. */
    long record(Taken taken, long ownerId, long amount, PaymentMethod method, @Nullable String reference) {
        if (amount <= 0) {
            throw new BillingException("error.payment.amount-invalid");
        }
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        if (ref != null && ref.length() > 100) {
            throw new BillingException("error.payment.reference-too-long");
        }
        if (!lockOwner(ownerId)) {
            throw new BillingException("error.owner.not-found");
        }
        AccountBalance balance = balanceOf(ownerId, taken.day(clock));
        if (amount > balance.total()) {
            throw new BillingException("error.payment.more-than-owed", Money.yuan(amount), Money.yuan(balance.total()));
        }
        return write(taken, ownerId, amount, method, ref, balance);
    }

    /** One payment per owner at a time: two cashiers cannot both apply money to the same invoice. */
    private boolean lockOwner(long ownerId) {
        return jdbc.sql("UPDATE owner SET version = version WHERE id = ?").param(ownerId).update() > 0;
    }

    /**
     * Writes a checked payment: the payment, its allocation oldest invoice first, ledger and audit;
     * {@code ownerId} null for a stay fee (nothing to allocate).
     */
    private long write(Taken taken, @Nullable Long ownerId, long amount, PaymentMethod method, @Nullable String ref,
            AccountBalance balance) {
        Instant now = taken.at();
        String actor = taken.by();
        LocalDate today = taken.day(clock);
        String receiptNo = nextReceiptNo(today);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO payment (receipt_no, owner, amount, method, reference, received_at, received_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(receiptNo, ownerId, amount, method.name(), ref, Timestamp.from(now), actor)
                .update(key, "id");
        long paymentId = Objects.requireNonNull(key.getKey()).longValue();
        long left = amount;
        for (AccountBalance.Item item : balance.items()) {
            if (left == 0) {
                break;
            }
            long applied = Math.min(left, item.owed());
            left -= applied;
            boolean settles = applied == item.owed();
            jdbc.sql("UPDATE invoice SET paid = paid + ?, late_fee = ?, settled_on = ? WHERE id = ?")
                    .params(applied, settles ? item.lateFee() : 0, settles ? Date.valueOf(today) : null,
                            item.invoice().id())
                    .update();
            jdbc.sql("INSERT INTO payment_allocation (payment, invoice, amount, late_fee) VALUES (?, ?, ?, ?)")
                    .params(paymentId, item.invoice().id(), applied, item.lateFee()).update();
        }
        ledger(now, "PAYMENT", paymentId, ownerId, amount, method, actor, ref);
        audit.record(AuditAction.PAYMENT_RECORDED, receiptNo, Money.yuan(amount) + " " + method);
        events.publishEvent(new PaymentReceived(paymentId, receiptNo, ownerId, amount, method, ref, now));
        if (ownerId != null) {
            events.publishEvent(new PaymentsChanged(ownerId));
        }
        return paymentId;
    }

    /**
     * Takes back a payment (managers only, with a reason): what it paid is open again, with late
     * fees counted as if it had never been paid, and the ledger gets the negative amount. An online
     * payment's money goes back through its provider ({@link OnlineRefunds}), last, so that nothing
     * after it can undo the record of it; a provider that refuses or cannot be reached refuses the
     * whole reversal, and nothing is written.
     */
    @PreAuthorize(Role.Names.MANAGER_ONLY)
    @Transactional
    public void reverse(long paymentId, Reversal kind, String reason) {
        reverse(Taken.now(clock), paymentId, kind, reason);
    }

    /** As {@link #reverse(long, Reversal, String)}, at {@code taken} (now, or a moment of the demo's history). */
    void reverse(Taken taken, long paymentId, Reversal kind, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new BillingException("error.payment.reason-needed");
        }
        record Recorded(@Nullable Long ownerId, long amount, PaymentMethod method, PaymentStatus status,
                String receiptNo, @Nullable String reference) {
        }
        // a write first: HSQLDB's MVCC does not make SELECT ... FOR UPDATE wait, so two voids at once would both pass
        jdbc.sql("UPDATE payment SET status = status WHERE id = ?").param(paymentId).update();
        Recorded payment = jdbc.sql(
                        "SELECT owner, amount, method, status, receipt_no, reference FROM payment WHERE id = ?")
                .param(paymentId)
                .query((rs, row) -> new Recorded(rs.getObject(1, Long.class), rs.getLong(2),
                        PaymentMethod.valueOf(rs.getString(3)), PaymentStatus.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6)))
                .optional().orElseThrow(() -> new BillingException("error.payment.not-found"));
        if (payment.status() != PaymentStatus.RECORDED) {
            throw new BillingException("error.payment.already-reversed", payment.receiptNo());
        }
        jdbc.sql("""
                        UPDATE invoice i SET paid = paid - (SELECT a.amount FROM payment_allocation a
                            WHERE a.payment = ? AND a.invoice = i.id), late_fee = 0, settled_on = NULL
                        WHERE i.id IN (SELECT invoice FROM payment_allocation WHERE payment = ?)""")
                .params(paymentId, paymentId).update();
        Instant now = taken.at();
        String actor = taken.by();
        PaymentStatus status = kind == Reversal.VOID ? PaymentStatus.VOIDED : PaymentStatus.REFUNDED;
        jdbc.sql("UPDATE payment SET status = ?, reversed_by = ?, reversed_at = ?, reversal_reason = ? WHERE id = ?")
                .params(status.name(), actor, Timestamp.from(now), why, paymentId).update();
        ledger(now, kind.name(), paymentId, payment.ownerId(), -payment.amount(), payment.method(), actor, why);
        audit.record(kind == Reversal.VOID ? AuditAction.PAYMENT_VOIDED : AuditAction.PAYMENT_REFUNDED,
                payment.receiptNo(), why);
        events.publishEvent(new PaymentReversed(paymentId, payment.receiptNo(), payment.ownerId(), payment.amount(),
                payment.method(), kind, why, now));
        if (payment.method() == PaymentMethod.ONLINE
                && refunds.refund(paymentId, payment.reference(), payment.amount(), why).isEmpty()) {
            throw new BillingException("error.payment.online-refund-failed", payment.receiptNo());
        }
        if (payment.ownerId() != null) { // a stay fee has no owner whose arrears could change
            events.publishEvent(new PaymentsChanged(payment.ownerId()));
        }
    }

    /** Whether the payment stands (neither voided nor refunded). */
    @Transactional(readOnly = true)
    public boolean standing(long paymentId) {
        return jdbc.sql("SELECT status FROM payment WHERE id = ?").param(paymentId).query(String.class).optional()
                .map(status -> status.equals(PaymentStatus.RECORDED.name())).orElse(false);
    }

    /** Payments received from {@code from} to {@code to} (inclusive days), newest first. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<PaymentRow> payments(LocalDate from, LocalDate to) {
        return paymentRows("p.received_at >= ? AND p.received_at < ?", startOf(from), startOf(to.plusDays(1)));
    }

    /** Every payment of the owner, newest first, voided and refunded ones included. */
    @PreAuthorize(Role.Names.OFFICE_OR_THE_OWNER)
    @Transactional(readOnly = true)
    public List<PaymentRow> paymentsOf(long ownerId) {
        return paymentRows("p.owner = ?", ownerId);
    }

    /**
     * For the integration API: payments received in [{@code from}, {@code until}) after the one
     * received at {@code afterAt} with id {@code afterId}, oldest first, at most {@code limit}
     * (voided and refunded ones too, with their status).
     */
    @PreAuthorize("hasAuthority('SCOPE_payments:read')")
    @Transactional(readOnly = true)
    public List<PaymentRow> paymentsAfter(Instant from, Instant until, Instant afterAt, long afterId, int limit) {
        return paymentRows("p.received_at >= ? AND p.received_at < ? AND (p.received_at > ? OR (p.received_at = ?"
                        + " AND p.id > ?))", "p.received_at, p.id LIMIT " + Math.min(Math.max(limit, 1), 1000),
                Timestamp.from(from), Timestamp.from(until), Timestamp.from(afterAt), Timestamp.from(afterAt), afterId);
    }

    private List<PaymentRow> paymentRows(String condition, Object... params) {
        return paymentRows(condition, "p.received_at DESC, p.id DESC", params);
    }

    private List<PaymentRow> paymentRows(String condition, String order, Object... params) {
        return jdbc.sql("""
                        SELECT p.id, p.receipt_no, p.owner, COALESCE(o.name, s.plate), o.unit, p.amount, p.method,
                               p.received_at, p.received_by, p.status
                        FROM payment p LEFT JOIN owner o ON o.id = p.owner LEFT JOIN stay_payment s ON s.payment = p.id
                        WHERE %s ORDER BY %s""".formatted(condition, order))
                .params(params)
                .query((rs, row) -> new PaymentRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), PaymentMethod.valueOf(rs.getString(7)),
                        rs.getTimestamp(8).toInstant(), rs.getString(9), PaymentStatus.valueOf(rs.getString(10))))
                .list();
    }

    /** Every money movement from {@code from} to {@code to} (inclusive days), in order. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<LedgerLine> ledger(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BillingException("error.ledger.period-invalid");
        }
        return jdbc.sql("""
                        SELECT l.id, l.entered_at, l.kind, p.receipt_no, l.owner, COALESCE(o.name, s.plate), l.amount,
                               l.method, l.actor, l.note
                        FROM ledger_entry l JOIN payment p ON p.id = l.payment LEFT JOIN owner o ON o.id = l.owner
                        LEFT JOIN stay_payment s ON s.payment = l.payment
                        WHERE l.entered_at >= ? AND l.entered_at < ? ORDER BY l.entered_at, l.id""")
                .params(startOf(from), startOf(to.plusDays(1)))
                .query((rs, row) -> new LedgerLine(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getLong(7),
                        PaymentMethod.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10)))
                .list();
    }

    /**
     * What the owner owes on {@code today}, for ParkGate's own jobs (reminders, the pay pages),
     * which run with nobody signed in: amounts and invoice dates only.
     */
    @Transactional(readOnly = true)
    public AccountBalance balanceOf(long ownerId, LocalDate today) {
        Map<String, LotTerms> lotTerms = terms.all();
        List<AccountBalance.Item> items = new ArrayList<>();
        long total = 0;
        for (OpenInvoice invoice : invoices.openInvoicesOf(ownerId)) {
            LotTerms t = LotTermsService.of(lotTerms, invoice.lot());
            long lateFee = t.lateFee(invoice.amount(), invoice.dueOn(), today);
            long owed = invoice.owed(t, today);
            items.add(new AccountBalance.Item(invoice, lateFee, owed));
            total += owed;
        }
        return new AccountBalance(ownerId, items, total);
    }

    private void ledger(Instant at, String kind, long paymentId, @Nullable Long ownerId, long amount,
            PaymentMethod method, String actor, @Nullable String note) {
        jdbc.sql("""
                        INSERT INTO ledger_entry (entered_at, kind, payment, owner, amount, method, actor, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), kind, paymentId, ownerId, amount, method.name(), actor, note).update();
    }

    /** R2026-000123: the year, then a number that never repeats. */
    private String nextReceiptNo(LocalDate today) {
        long number = jdbc.sql(sql.nextValue("receipt_number")).query(Long.class).single();
        return "R" + Year.from(today) + "-" + String.format("%06d", number);
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
