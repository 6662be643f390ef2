package org.parkgate.billing;


import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.Upserts;
import org.parkgate.billing.provider.AgreementCharge;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderException;
import org.parkgate.billing.provider.ProviderOrderState;
import org.parkgate.lot.AutoPayOffer;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Pay my parking invoices automatically" (DD-019). An owner switches it on in the portal with a
 * cap per invoice: their provider signs an agreement. Each invoice falling due after that, at a lot
 * that offers auto-pay, is charged once on its due date: the charge is written (CHARGING) before the
 * provider is asked, then PAID with the payment it made, or FAILED with the provider's answer; a
 * charge left CHARGING by a stop is asked again, under the same id, by the next run. An invoice over
 * the cap is SKIPPED. A failed or skipped charge leaves the invoice to the normal reminders and
 * arrears. Switching off stops every charge not yet asked, at once. The reminders tell the owner
 * {@link #NOTICE_DAYS} days before each charge ({@link #chargesDueOn}).
 */
@Service
public class AutoPay {

    public static final int NOTICE_DAYS = 3;
    /** The most one invoice may be charged: 10 000 yuan, more than any parking fee. */
    public static final long MOST_CAP = 1_000_000;
    private static final Logger log = LoggerFactory.getLogger(AutoPay.class);
    private static final String CURRENCY = "CNY";

    private final JdbcClient jdbc;
    private final Upserts upserts;
    private final TransactionTemplate transaction;
    private final PaymentProviders providers;
    private final PaymentService payments;
    private final OnlineOrders orders;
    private final InvoiceDirectory invoices;
    private final AutoPayOffer offer;
    private final AuditLog audit;
    private final Clock clock;
    private final ReentrantLock oneRun = new ReentrantLock();

    AutoPay(JdbcClient jdbc, Upserts upserts, TransactionTemplate transaction, PaymentProviders providers, PaymentService payments,
            OnlineOrders orders, InvoiceDirectory invoices, AutoPayOffer offer, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.upserts = upserts;
        this.orders = orders;
        this.transaction = transaction;
        this.providers = providers;
        this.payments = payments;
        this.invoices = invoices;
        this.offer = offer;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ the owner's side

    /** Whether an owner can switch auto-pay on here: some configured provider takes agreement payments. */
    public boolean available() {
        return agreementProvider() != null;
    }

    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public Optional<Mandate> ownMandate() {
        return mandate(OwnerAccess.currentOwner());
    }

    /**
     * The signed-in owner switches auto-pay on (or changes the cap) with at most {@code cap} fen per
     * invoice; their provider signs the agreement first.
     *
     * @throws BillingException when nobody takes agreement payments, the cap is out of range, or
     *         the provider refused; nothing is stored
     */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public Mandate switchOn(long cap) {
        long owner = OwnerAccess.currentOwner();
        if (cap <= 0 || cap > MOST_CAP) {
            throw new BillingException("error.autopay.cap", Money.yuan(MOST_CAP));
        }
        PaymentProvider provider = agreementProvider();
        if (provider == null) {
            throw new BillingException("error.autopay.unavailable");
        }
        Mandate before = mandate(owner).orElse(null);
        String agreement;
        if (before != null && before.active() && before.provider().equals(provider.name())) {
            agreement = before.agreement(); // a new cap on the same agreement
        } else {
            try {
                agreement = provider.signAgreement(RegistryService.ownerSubject(owner), cap, CURRENCY);
            } catch (ProviderException refused) {
                log.warn("{} did not sign owner {} up for auto-pay: {}", provider.name(), owner, refused.getMessage());
                throw new BillingException("error.autopay.refused");
            }
        }
        upserts.merge(jdbc.sql("""
                        MERGE INTO autopay_mandate m USING (VALUES (CAST(? AS BIGINT))) AS n(owner) ON m.owner = n.owner
                        WHEN MATCHED THEN UPDATE SET provider = ?, agreement = ?, cap = ?, active = TRUE, changed_at = ?,
                            changed_by = ?
                        WHEN NOT MATCHED THEN INSERT (owner, provider, agreement, cap, active, changed_at, changed_by)
                            VALUES (n.owner, ?, ?, ?, TRUE, ?, ?)""")
                .params(owner, provider.name(), agreement, cap, Timestamp.from(clock.instant()), AuditLog.currentActor(),
                        provider.name(), agreement, cap, Timestamp.from(clock.instant()), AuditLog.currentActor()));
        audit.record(AuditAction.AUTOPAY_ON, RegistryService.ownerSubject(owner), provider.name() + ", cap "
                + Money.yuan(cap));
        return mandate(owner).orElseThrow();
    }

    /** The signed-in owner switches auto-pay off: nothing more is charged, from now. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public void switchOff() {
        long owner = OwnerAccess.currentOwner();
        Mandate mandate = mandate(owner).filter(Mandate::active).orElse(null);
        if (mandate == null) {
            return;
        }
        jdbc.sql("UPDATE autopay_mandate SET active = FALSE, changed_at = ?, changed_by = ? WHERE owner = ?")
                .params(Timestamp.from(clock.instant()), AuditLog.currentActor(), owner).update();
        audit.record(AuditAction.AUTOPAY_OFF, RegistryService.ownerSubject(owner), mandate.provider());
        PaymentProvider provider = providers.named(mandate.provider());
        try {
            if (provider != null) {
                provider.endAgreement(mandate.agreement());
            }
        } catch (ProviderException unreachable) {
            // ParkGate charges nothing more either way; the provider's side ends when the payer ends it there
            log.warn("Could not end owner {}'s agreement at {}: {}", owner, mandate.provider(), unreachable.getMessage());
        }
    }

    /** The signed-in owner's auto-pay charges, the latest first. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public List<AutoCharge> ownCharges() {
        return jdbc.sql("""
                        SELECT c.id, c.invoice, i.period_start, i.period_end, i.due_on, c.amount, c.status, c.attempted_at,
                               c.answer
                        FROM autopay_charge c JOIN invoice i ON i.id = c.invoice
                        WHERE c.owner = ? ORDER BY c.attempted_at DESC, c.id DESC""")
                .param(OwnerAccess.currentOwner())
                .query((rs, n) -> new AutoCharge(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getLong(6),
                        AutoCharge.Status.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(), rs.getString(9)))
                .list();
    }

    // ------------------------------------------------------------------ the run

    /** The invoices auto-pay will charge on {@code day}, as things stand: for the notice beforehand. */
    @Transactional(readOnly = true)
    public List<AutoPayNotice> chargesDueOn(LocalDate day) {
        List<AutoPayNotice> due = new ArrayList<>();
        for (Mandate mandate : activeMandates()) {
            for (AccountBalance.Item item : payments.balanceOf(mandate.ownerId(), day).items()) {
                OpenInvoice invoice = item.invoice();
                if (invoice.dueOn().equals(day) && chargeable(mandate, invoice) && item.owed() <= mandate.cap()) {
                    due.add(new AutoPayNotice(mandate.ownerId(), invoice.id(), invoice.lot(), item.owed(), day));
                }
            }
        }
        return due;
    }

    @Scheduled(cron = "${parkgate.billing.autopay-cron}", zone = "${parkgate.zone}")
    void daily() {
        run(LocalDate.now(clock));
    }

    /** Charges what falls due by {@code today}; returns how many charges were paid. One run at a time. */
    public int run(LocalDate today) {
        oneRun.lock();
        try {
            int paid = 0;
            for (String unfinished : jdbc.sql("SELECT id FROM autopay_charge WHERE status = 'CHARGING' ORDER BY id")
                    .query(String.class).list()) {
                paid += ask(unfinished) ? 1 : 0;
            }
            for (Mandate mandate : activeMandates()) {
                for (OpenInvoice invoice : invoices.openInvoicesOf(mandate.ownerId())) {
                    if (!invoice.dueOn().isAfter(today) && chargeable(mandate, invoice)) {
                        String charge = transaction.execute(status -> begin(mandate.ownerId(), invoice.id(), today));
                        if (charge != null) {
                            paid += ask(charge) ? 1 : 0;
                        }
                    }
                }
            }
            return paid;
        } finally {
            oneRun.unlock();
        }
    }

    /** Invoices falling due on or after the day auto-pay was switched on, at lots that offer it. */
    private boolean chargeable(Mandate mandate, OpenInvoice invoice) {
        LocalDate since = mandate.changedAt().atZone(clock.getZone()).toLocalDate();
        return !invoice.dueOn().isBefore(since) && offer.offered(invoice.lot());
    }

    /**
     * Writes the charge of an invoice not charged yet, if the owner's auto-pay is still on (read
     * under the mandate's lock, so a switch-off just committed is seen): its id, to ask the
     * provider; null when there is nothing to ask (charged before, off, over the cap, paid).
     */
    private @Nullable String begin(long owner, long invoiceId, LocalDate today) {
        Mandate mandate = jdbc.sql("SELECT owner, provider, agreement, cap, active, changed_at, changed_by"
                        + " FROM autopay_mandate WHERE owner = ? FOR UPDATE")
                .param(owner).query(AutoPay::mandateRow).optional().filter(Mandate::active).orElse(null);
        if (mandate == null) {
            return null;
        }
        AccountBalance.Item item = payments.balanceOf(owner, today).items().stream()
                .filter(i -> i.invoice().id() == invoiceId).findFirst().orElse(null);
        if (item == null || item.owed() == 0) {
            return null;
        }
        String id = "AP" + invoiceId;
        boolean overCap = item.owed() > mandate.cap();
        try {
            jdbc.sql("""
                            INSERT INTO autopay_charge (id, owner, invoice, provider, agreement, amount, status, attempted_at,
                                answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, owner, invoiceId, mandate.provider(), mandate.agreement(), item.owed(),
                            overCap ? "SKIPPED" : "CHARGING", Timestamp.from(clock.instant()),
                            overCap ? "over the cap of " + Money.yuan(mandate.cap()) : null)
                    .update();
        } catch (DuplicateKeyException chargedBefore) {
            return null;
        }
        if (overCap) {
            audit.recordAs(AuditLog.SYSTEM, AuditAction.AUTOPAY_FAILED, RegistryService.ownerSubject(owner),
                    "invoice " + invoiceId + " " + Money.yuan(item.owed()) + " over the cap " + Money.yuan(mandate.cap()));
            return null;
        }
        return id;
    }

    private record Charging(String id, long owner, long invoice, String provider, String agreement, long amount) {
    }

    /** Asks the provider to charge (again, under the same id) and records what it said; whether it was paid. */
    private boolean ask(String chargeId) {
        Charging charge = jdbc.sql("SELECT id, owner, invoice, provider, agreement, amount FROM autopay_charge WHERE id = ?")
                .param(chargeId).query((rs, n) -> new Charging(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6))).single();
        PaymentProvider provider = providers.named(charge.provider());
        if (provider == null) {
            log.warn("Auto-pay charge {} waits: provider {} is not configured now", chargeId, charge.provider());
            return false;
        }
        ProviderOrderState state;
        try {
            state = provider.chargeWithAgreement(new AgreementCharge(charge.agreement(), charge.id(), charge.amount(),
                    CURRENCY, "parking fee invoice " + charge.invoice()));
        } catch (ProviderException unanswered) {
            log.warn("Auto-pay charge {} at {} not answered; asked again next run: {}", chargeId, charge.provider(),
                    unanswered.getMessage());
            return false;
        }
        Boolean paid = transaction.execute(status -> record(charge, state));
        return Boolean.TRUE.equals(paid);
    }

    private boolean record(Charging charge, ProviderOrderState state) {
        boolean tookIt = state.state() == ProviderOrderState.State.PAID && state.amount() == charge.amount()
                && CURRENCY.equals(state.currency());
        if (!tookIt) {
            String why = state.state() == ProviderOrderState.State.PAID
                    ? "the provider took " + state.amount() + " " + state.currency() + ", not " + charge.amount()
                    : "declined by " + charge.provider();
            finish(charge.id(), "FAILED", null, why);
            audit.recordAs(AuditLog.SYSTEM, AuditAction.AUTOPAY_FAILED, RegistryService.ownerSubject(charge.owner()),
                    "invoice " + charge.invoice() + ": " + why);
            if (state.state() == ProviderOrderState.State.PAID) {
                log.error("Auto-pay charge {}: {} took {} {} for {}: the office must refund or settle it by hand",
                        charge.id(), charge.provider(), state.amount(), state.currency(), charge.amount());
            }
            return false;
        }
        OptionalLong payment = payments.recordOnline(charge.owner(), charge.amount(), charge.id());
        if (payment.isEmpty()) {
            // paid meanwhile another way: the money is the owner's, kept visible for the office to refund
            finish(charge.id(), "FAILED", null, "paid at the provider but nothing was owed any more: refund it");
            log.error("Auto-pay charge {} was paid at {} but owner {} owed nothing any more: refund it", charge.id(),
                    charge.provider(), charge.owner());
            return false;
        }
        orders.recordAgreementCharge(charge.id(), charge.provider(), charge.owner(), charge.amount(), payment.getAsLong());
        finish(charge.id(), "PAID", payment.getAsLong(), null);
        audit.recordAs(AuditLog.SYSTEM, AuditAction.AUTOPAY_CHARGED, RegistryService.ownerSubject(charge.owner()),
                "invoice " + charge.invoice() + " " + Money.yuan(charge.amount()));
        return true;
    }

    private void finish(String chargeId, String status, @Nullable Long payment, @Nullable String answer) {
        jdbc.sql("UPDATE autopay_charge SET status = ?, payment = ?, answer = ? WHERE id = ?")
                .params(status, payment, answer, chargeId).update();
    }

    private @Nullable PaymentProvider agreementProvider() {
        for (String name : PaymentProviders.ORDER) {
            PaymentProvider provider = providers.named(name);
            if (provider != null && provider.chargesAgreements()) {
                return provider;
            }
        }
        return null;
    }

    private Optional<Mandate> mandate(long owner) {
        return jdbc.sql("SELECT owner, provider, agreement, cap, active, changed_at, changed_by FROM autopay_mandate"
                        + " WHERE owner = ?").param(owner).query(AutoPay::mandateRow).optional();
    }

    private List<Mandate> activeMandates() {
        return jdbc.sql("SELECT owner, provider, agreement, cap, active, changed_at, changed_by FROM autopay_mandate"
                        + " WHERE active ORDER BY owner").query(AutoPay::mandateRow).list();
    }

    private static Mandate mandateRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Mandate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5),
                rs.getTimestamp(6).toInstant(), rs.getString(7));
    }

}
