package org.parkgate.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.billing.provider.PaymentProvider;
import org.parkgate.billing.provider.ProviderException;
import org.parkgate.billing.provider.ProviderOrderState;
import org.parkgate.billing.provider.ProviderRefundState;
import org.parkgate.billing.provider.RefundRequest;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money of online payments given back through the provider that took it, and followed there until
 * the provider reports it back with the payer. The refund's id is derived from the order
 * ({@code RF<order id>}): asked again after a failure, the provider takes it as the same refund
 * and never pays twice. The only writer of {@code payment_refund}.
 */
@Service
public class OnlineRefunds {

    private static final Logger log = LoggerFactory.getLogger(OnlineRefunds.class);

    private final JdbcClient jdbc;
    private final PaymentProviders providers;
    private final Clock clock;
    private final AuditLog audit;

    OnlineRefunds(JdbcClient jdbc, PaymentProviders providers, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.providers = providers;
        this.clock = clock;
    }

    /** A refund as recorded: its id, the provider, its state there, and the provider's own id of it. */
    public record OnlineRefund(String id, String provider, ProviderRefundState.State state,
            @Nullable String providerRefundId) {
    }

    /**
     * In the caller's transaction (a manager takes back an online payment), last: gives all of
     * payment {@code paymentId}'s money back through the provider of its order {@code orderId} and
     * records the refund with the state the provider reports; empty, with nothing written, when the
     * order is not this payment's, its provider is not configured, or the provider refused or could
     * not be reached: the payment then stays as it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<OnlineRefund> refund(long paymentId, @Nullable String orderId, long amount, String reason) {
        record Paid(String provider, long amount, String currency) {
        }
        Paid order = orderId == null ? null : jdbc.sql("""
                        SELECT provider, amount, currency FROM payment_order WHERE id = ? AND payment = ?""")
                .params(orderId, paymentId)
                .query((rs, row) -> new Paid(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .optional().orElse(null);
        PaymentProvider provider = order == null ? null : providers.named(order.provider());
        if (order == null || provider == null) {
            log.warn("Online payment {} (order {}) cannot be refunded: its order or provider is not here", paymentId,
                    orderId);
            return Optional.empty();
        }
        return Optional.ofNullable(askedAndRecorded(provider, new RefundRequest(RefundRequest.idFor(orderId), orderId,
                amount, order.amount(), order.currency(), reason), paymentId));
    }

    /**
     * Asks the provider to give the money back and records the refund with the state it reports
     * (the log line comes first, so that a provider that answered but a commit that failed leaves
     * a trace); null, with nothing written, when the provider refused or could not be reached.
     */
    private @Nullable OnlineRefund askedAndRecorded(PaymentProvider provider, RefundRequest refund,
            @Nullable Long paymentId) {
        log.info("Refund {} of order {} ({} of {} {}) asked at {}", refund.refundId(), refund.orderId(),
                refund.amount(), refund.orderAmount(), refund.currency(), provider.name());
        ProviderRefundState state;
        try {
            state = provider.refund(refund);
        } catch (ProviderException | IllegalArgumentException failed) {
            log.warn("Refund {} of order {} not made at {}: {}", refund.refundId(), refund.orderId(), provider.name(),
                    failed.toString());
            return null;
        }
        jdbc.sql("""
                        INSERT INTO payment_refund (id, provider, order_id, payment, amount, currency, status,
                                                    provider_refund_id, requested_at, requested_by, settled_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(refund.refundId(), provider.name(), refund.orderId(), paymentId, refund.amount(),
                        refund.currency(), state.state().name(), fitting(state.providerRefundId()),
                        Timestamp.from(clock.instant()), AuditLog.currentActor(),
                        state.settled() ? Timestamp.from(clock.instant()) : null)
                .update();
        return new OnlineRefund(refund.refundId(), provider.name(), state.state(), state.providerRefundId());
    }

    /**
     * A manager gives the money of a payment held for review back to the payer through its
     * provider (paid twice: at the booth or the counter, and online). What is given back is what the
     * provider reports paid, all of it; the order ends REFUNDED, the refund is followed like any
     * other, and the audit says who and why. Refused, with nothing changed, when the order is not
     * held, its provider does not report it paid, or refuses or cannot be reached.
     */
    @PreAuthorize(Role.Names.MANAGER_ONLY)
    @Transactional
    public OnlineRefund refundHeld(String orderId, String reason) {
        return refundWhole(orderId, reason, "status = 'HELD'", "error.payment.held-gone",
                AuditAction.HELD_PAYMENT_REFUNDED);
    }

    /**
     * A manager gives a visitor's parking fee paid online back (charged wrongly, say): a fee has
     * no payment of an owner's to void, so the order itself is refunded, as {@link #refundHeld}.
     * The passage it opened stays; the order ends REFUNDED and leaves the collected figures.
     */
    @PreAuthorize(Role.Names.MANAGER_ONLY)
    @Transactional
    public OnlineRefund refundVisitorFee(String orderId, String reason) {
        return refundWhole(orderId, reason, "status = 'PAID' AND purpose = 'VISITOR_FEE' AND payment IS NULL",
                "error.payment.fee-gone", AuditAction.VISITOR_FEE_REFUNDED);
    }

    /** Gives all of an order's money back that the provider reports paid, if the order is {@code refundable}. */
    private OnlineRefund refundWhole(String orderId, String reason, String refundable, String goneKey,
            AuditAction action) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new BillingException("error.payment.reason-needed");
        }
        // a write first: HSQLDB's MVCC does not make SELECT ... FOR UPDATE wait, so two refunds would both pass
        jdbc.sql("UPDATE payment_order SET status = status WHERE id = ?").param(orderId).update();
        String providerName = jdbc.sql("SELECT provider FROM payment_order WHERE id = ? AND " + refundable)
                .param(orderId).query(String.class).optional()
                .orElseThrow(() -> new BillingException(goneKey, orderId));
        PaymentProvider provider = providers.named(providerName);
        ProviderOrderState paid;
        try {
            paid = provider == null ? null : provider.query(orderId);
        } catch (ProviderException unreachable) {
            paid = null;
        }
        if (paid == null || paid.state() != ProviderOrderState.State.PAID || paid.amount() <= 0) {
            throw new BillingException("error.payment.held-not-paid", orderId);
        }
        OnlineRefund refunded = askedAndRecorded(provider, new RefundRequest(RefundRequest.idFor(orderId), orderId,
                paid.amount(), paid.amount(), paid.currency(), why), null);
        if (refunded == null) {
            throw new BillingException("error.payment.online-refund-failed", orderId);
        }
        jdbc.sql("UPDATE payment_order SET status = 'REFUNDED' WHERE id = ?").param(orderId).update();
        audit.record(action, orderId, Money.yuan(paid.amount()) + " " + paid.currency() + " through " + providerName
                + ": " + why);
        return refunded;
    }

    /** A provider's id as the column holds it: a longer one must not undo a refund already made. */
    private static @Nullable String fitting(@Nullable String providerId) {
        return providerId == null || providerId.length() <= 64 ? providerId : providerId.substring(0, 64);
    }

    /** The refund of an online payment, or null when it was not given back through a provider. */
    @Transactional(readOnly = true)
    public @Nullable OnlineRefund refundOf(long paymentId) {
        return jdbc.sql("SELECT id, provider, status, provider_refund_id FROM payment_refund WHERE payment = ?")
                .param(paymentId)
                .query((rs, row) -> new OnlineRefund(rs.getString(1), rs.getString(2),
                        ProviderRefundState.State.valueOf(rs.getString(3)), rs.getString(4)))
                .optional().orElse(null);
    }

    /**
     * Asks the providers about refunds still under way and records what they report (for the
     * reconciliation run); one that cannot be asked is asked again next time.
     */
    public void follow() {
        List<OnlineRefund> processing = jdbc.sql("""
                        SELECT id, provider, status, provider_refund_id FROM payment_refund
                        WHERE status = 'PROCESSING' ORDER BY requested_at""")
                .query((rs, row) -> new OnlineRefund(rs.getString(1), rs.getString(2),
                        ProviderRefundState.State.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
        for (OnlineRefund refund : processing) {
            PaymentProvider provider = providers.named(refund.provider());
            if (provider == null) {
                continue;
            }
            try {
                ProviderRefundState now = provider.refundState(refund.id());
                if (now.settled()) {
                    jdbc.sql("""
                                    UPDATE payment_refund SET status = ?, settled_at = ?,
                                        provider_refund_id = COALESCE(?, provider_refund_id)
                                    WHERE id = ? AND status = 'PROCESSING'""")
                            .params(now.state().name(), Timestamp.from(clock.instant()), fitting(now.providerRefundId()),
                                    refund.id())
                            .update();
                    log.info("Refund {} at {}: {}", refund.id(), refund.provider(), now.state());
                }
            } catch (RuntimeException failed) {
                log.error("Following refund {} at {} failed; the next run asks again", refund.id(), refund.provider(),
                        failed);
            }
        }
    }
}
