package org.parkgate.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.parkgate.base.PublicUrl;
import org.parkgate.billing.provider.SandboxProvider;
import org.parkgate.billing.provider.SandboxSignature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * The sandbox's phone (demo only, with the {@link SandboxProvider}): when the payer taps "pay" or
 * "fail" on the pay page, it sends the signed notification a real provider would send, over HTTP
 * to ParkGate's public notification endpoint.
 */
@Service
@ConditionalOnProperty(name = "parkgate.payments.sandbox.enabled", havingValue = "true")
public class SandboxPayments {

    private final String secret;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final SandboxProvider provider;

    SandboxPayments(@Value("${parkgate.payments.sandbox.secret:}") String secret, PublicUrl publicUrl, Clock clock,
            SandboxProvider provider) {
        this.provider = provider;
        this.secret = secret;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Notifies the order as paid ({@code succeeded}) or failed; returns the endpoint's HTTP status. */
    public int complete(OrderForPayer order, boolean succeeded) {
        String body = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"orderId\":\"" + order.orderId() + "\",\"status\":\""
                + (succeeded ? "SUCCEEDED" : "FAILED") + "\",\"amount\":\"" + BigDecimal.valueOf(order.amount(), 2)
                + "\",\"currency\":\"" + order.currency() + "\",\"paidAt\":\"" + clock.instant() + "\"}";
        String signature = SandboxSignature.header(secret, clock.instant().getEpochSecond(), body);
        provider.recordOutcome(order.orderId(), succeeded, order.amount(), order.currency());
        var request = HttpRequest.newBuilder(URI.create(publicUrl.of("/api/v1/payments/notify/" + SandboxProvider.NAME)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-ParkGate-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            return 503;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        }
    }
}
