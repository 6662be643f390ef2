package org.parkgate.billing.provider;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.parkgate.base.PublicUrl;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in sandbox, for the demo only ({@code parkgate.payments.sandbox.enabled}, which a
 * production database refuses: {@link org.parkgate.base.Installation}): its pay page imitates a
 * phone payment, and it notifies through the same public endpoint as real providers, signed with
 * {@code parkgate.payments.sandbox.secret} ({@link SandboxSignature}); a signature older than
 * 5 minutes is refused. Switched on without a secret, ParkGate does not start.
 */
@Component
@ConditionalOnProperty(name = "parkgate.payments.sandbox.enabled", havingValue = "true")
public class SandboxProvider implements PaymentProvider {

    public static final String NAME = "sandbox";
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String secret;
    private final PublicUrl publicUrl;
    private final Clock clock;

    SandboxProvider(@Value("${parkgate.payments.sandbox.secret:}") String secret, PublicUrl publicUrl, Clock clock) {
        if (secret.isBlank()) {
            throw new IllegalStateException("parkgate.payments.sandbox.enabled needs parkgate.payments.sandbox.secret");
        }
        this.secret = secret;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String payUrl(String orderId, String token) {
        return publicUrl.of("/pay/" + token);
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
                body.path("currency").asString(""), paid);
    }

    /** What the sandbox's phone took for an order (kept until restart, like a provider's records). */
    private final Map<String, ProviderOrderState> outcomes = new ConcurrentHashMap<>();

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
}
