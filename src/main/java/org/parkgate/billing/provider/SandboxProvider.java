package org.parkgate.billing.provider;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in sandbox, for the demo only ({@code parkgate.payments.sandbox.enabled}, which a
 * production database refuses: {@link org.parkgate.base.Installation}): its pay page imitates a
 * phone payment, and it notifies through the same public endpoint as real providers, signed with
 * {@code parkgate.payments.sandbox.secret} ({@link SandboxSignature}); a signature older than
 * 5 minutes is refused. Switched on without a secret, ParkGate does not start. Its orders need no
 * call anywhere: the payer pays on ParkGate's own pay page, and closing and refunding are
 * remembered like the payments (until restart).
 */
@Component
@ConditionalOnProperty(name = "parkgate.payments.sandbox.enabled", havingValue = "true")
public class SandboxProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String secret;
    private final Clock clock;
    /** What the sandbox's phone took for an order (kept until restart, like a provider's records). */
    private final Map<String, ProviderOrderState> outcomes = new ConcurrentHashMap<>();
    /** Agreements the sandbox's payers ended, and those whose charges it declines (no money, say). */
    private final Set<String> endedAgreements = ConcurrentHashMap.newKeySet();
    private final Set<String> decliningAgreements = ConcurrentHashMap.newKeySet();
    /** The refunds given, by ParkGate's refund id. */
    private final Map<String, ProviderRefundState> refunds = new ConcurrentHashMap<>();

    SandboxProvider(@Value("${parkgate.payments.sandbox.secret:}") String secret, Clock clock) {
        if (secret.isBlank()) {
            throw new IllegalStateException("parkgate.payments.sandbox.enabled needs parkgate.payments.sandbox.secret");
        }
        this.secret = secret;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The payer pays on ParkGate's own pay page of the order. */
    @Override
    public ProviderOrder create(OrderRequest order) {
        return new ProviderOrder(null, order.expiresAt());
    }

    @Override
    public ProviderNotification verify(Map<String, String> headers, String rawBody) {
        long t = SandboxSignature.verify(secret, headers.get("x-parkgate-signature"), rawBody);
        Instant signed = Instant.ofEpochSecond(t);
        Instant now = clock.instant();
        if (signed.isBefore(now.minus(MAX_AGE)) || signed.isAfter(now.plus(MAX_AGE))) {
            throw new InvalidNotificationException("signature too old");
        }
        JsonNode body;
        try {
            body = JSON.readTree(rawBody);
        } catch (RuntimeException unreadable) {
            throw new InvalidNotificationException("body is not JSON");
        }
        String eventId = body.path("eventId").asString("");
        String orderId = body.path("orderId").asString("");
        String status = body.path("status").asString("");
        if (eventId.isBlank() || orderId.isBlank() || !(status.equals("SUCCEEDED") || status.equals("FAILED"))
                || !body.path("amount").isNumber() && !body.path("amount").isString()) {
            throw new InvalidNotificationException("eventId, orderId, status and amount are required");
        }
        long amount;
        try {
            amount = new BigDecimal(body.path("amount").asString()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidNotificationException("amount unreadable");
        }
        String paidAt = body.path("paidAt").asString("");
        Instant paid;
        try {
            paid = paidAt.isBlank() ? null : Instant.parse(paidAt);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidNotificationException("paidAt unreadable");
        }
        return new ProviderNotification(eventId, orderId, status.equals("SUCCEEDED"), amount,
                body.path("currency").asString(""), paid, rawBody);
    }

    /**
     * The payer paid {@code amount} in {@code currency} (or failed) on the sandbox's page;
     * {@link #query} reports it from then on.
     */
    public void recordOutcome(String orderId, boolean paid, long amount, String currency) {
        outcomes.put(orderId, paid ? new ProviderOrderState(ProviderOrderState.State.PAID, amount, currency)
                : new ProviderOrderState(ProviderOrderState.State.FAILED, 0, currency));
    }

    @Override
    public ProviderOrderState query(String orderId) {
        return outcomes.getOrDefault(orderId, ProviderOrderState.open());
    }

    /** Acknowledged with 200 and what ParkGate did, for the demo's scripts. */
    @Override
    public Acknowledgement accepted(String outcome) {
        return new Acknowledgement(200, Map.of("received", true, "outcome", outcome));
    }

    @Override
    public Acknowledgement refused(int status, String why) {
        return new Acknowledgement(status, ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), why));
    }

    /** A closed order reports FAILED from then on, unless its payment came first. */
    @Override
    public void close(String orderId) {
        outcomes.putIfAbsent(orderId, new ProviderOrderState(ProviderOrderState.State.FAILED, 0, ""));
    }

    /** The sandbox's phone gets the money back at once. */
    @Override
    public ProviderRefundState refund(RefundRequest refund) {
        return refunds.computeIfAbsent(refund.refundId(),
                id -> new ProviderRefundState(ProviderRefundState.State.SUCCEEDED, "sandbox-" + id));
    }

    @Override
    public boolean chargesAgreements() {
        return true;
    }

    /** The sandbox's payer agrees at once; the agreement holds until ended (and survives a restart). */
    @Override
    public String signAgreement(String payer, long cap, String currency) {
        return "SBA-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    @Override
    public void endAgreement(String agreementId) {
        endedAgreements.add(agreementId);
    }

    /** Paid in full, once per order id, unless the agreement was ended or is declining. */
    @Override
    public ProviderOrderState chargeWithAgreement(AgreementCharge charge) {
        if (!charge.agreementId().startsWith("SBA-") || endedAgreements.contains(charge.agreementId())
                || decliningAgreements.contains(charge.agreementId())) {
            return outcomes.computeIfAbsent(charge.orderId(),
                    id -> new ProviderOrderState(ProviderOrderState.State.FAILED, 0, charge.currency()));
        }
        return outcomes.computeIfAbsent(charge.orderId(),
                id -> new ProviderOrderState(ProviderOrderState.State.PAID, charge.amount(), charge.currency()));
    }

    /** The sandbox's payer has no money for this agreement's charges from now on ({@code false}: again). */
    public void decline(String agreementId, boolean declining) {
        if (declining) {
            decliningAgreements.add(agreementId);
        } else {
            decliningAgreements.remove(agreementId);
        }
    }

    @Override
    public ProviderRefundState refundState(String refundId) {
        ProviderRefundState state = refunds.get(refundId);
        if (state == null) {
            throw new ProviderException("no such refund: " + refundId);
        }
        return state;
    }
}
