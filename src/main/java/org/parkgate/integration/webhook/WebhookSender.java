package org.parkgate.integration.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.parkgate.base.HmacSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts what the webhook outbox holds: right after the commit that wrote it and every
 * {@code parkgate.webhooks.send-interval} for retries. Each endpoint is served by one virtual
 * thread at a time, so a slow or dead endpoint holds up only itself, never a lane, a payment or
 * another endpoint. Per endpoint, a delivery waits while an earlier one of the same order key
 * (owner) is still on its way: events of one owner arrive in the order they happened. A
 * delivery is claimed before it is posted, signed ({@code X-ParkGate-Signature:
 * t=<unix>,v1=<hex HMAC-SHA256(secret, "t.body")>}), never follows a redirect, counts as
 * delivered only on a 2xx, and is retried with growing pauses until {@code
 * parkgate.webhooks.give-up-after} from when it was written, then marked failed.
 */
@Component
class WebhookSender {

    /** The pause after the n-th failed try; the last one repeats. */
    static final List<Duration> BACK_OFF = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4));
    static final String SIGNATURE = "X-ParkGate-Signature";
    private static final int ANSWER_KEPT = 300;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration timeout;
    private final Duration giveUpAfter;
    private final HttpClient http;
    private final Set<Long> serving = ConcurrentHashMap.newKeySet();

    WebhookSender(JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
            @Value("${parkgate.webhooks.timeout}") Duration timeout,
            @Value("${parkgate.webhooks.give-up-after}") Duration giveUpAfter) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.timeout = timeout;
        this.giveUpAfter = giveUpAfter;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WebhookOutbox.Queued queued) {
        wake();
    }

    @Scheduled(fixedDelayString = "${parkgate.webhooks.send-interval}", initialDelayString = "PT10S")
    void poll() {
        wake();
    }

    /** Starts serving every endpoint with a delivery due that is not being served already. */
    void wake() {
        try {
            jdbc.sql("UPDATE webhook_delivery SET status = 'PENDING', claimed_until = NULL"
                            + " WHERE status = 'SENDING' AND claimed_until < ?")
                    .param(Timestamp.from(clock.instant())).update();
            for (long endpoint : jdbc.sql("SELECT DISTINCT endpoint FROM webhook_delivery WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ?").param(Timestamp.from(clock.instant())).query(Long.class).list()) {
                if (serving.add(endpoint)) {
                    Thread.ofVirtual().name("webhook-" + endpoint).start(() -> serve(endpoint));
                }
            }
        } catch (RuntimeException e) {
            log.error("Webhook deliveries could not be looked up; the next round tries again", e);
        }
    }

    private void serve(long endpoint) {
        try {
            List<Long> due;
            while (!(due = deliverable(endpoint)).isEmpty()) {
                for (long id : due) {
                    send(id);
                }
            }
        } catch (RuntimeException e) {
            log.error("Webhook endpoint {}: delivering stopped; the next round goes on", endpoint, e);
        } finally {
            serving.remove(endpoint);
        }
    }

    /** The endpoint's deliveries whose time has come and that no earlier one of their owner holds up. */
    private List<Long> deliverable(long endpoint) {
        return jdbc.sql("""
                        SELECT d.id FROM webhook_delivery d
                        WHERE d.endpoint = ? AND d.status = 'PENDING' AND d.next_attempt_at <= ?
                          AND (d.order_key IS NULL OR NOT EXISTS (
                              SELECT 1 FROM webhook_delivery e WHERE e.endpoint = d.endpoint AND e.order_key = d.order_key
                                AND e.id < d.id AND e.status IN ('PENDING', 'SENDING')))
                        ORDER BY d.id LIMIT 20""")
                .params(endpoint, Timestamp.from(clock.instant())).query(Long.class).list();
    }

    private record Claimed(String url, String secret, String eventId, String type, String body, int attempts,
            Instant createdAt) {
    }

    private void send(long id) {
        Claimed claimed = transaction.execute(status -> claim(id));
        if (claimed == null) {
            return;
        }
        Instant at = clock.instant();
        Answer answer = post(claimed, at);
        finish(id, claimed, answer, at);
    }

    private Claimed claim(long id) {
        Instant now = clock.instant();
        int taken = jdbc.sql("UPDATE webhook_delivery SET status = 'SENDING', claimed_until = ? WHERE id = ? AND status = 'PENDING'")
                .params(Timestamp.from(now.plus(timeout.multipliedBy(3))), id).update();
        if (taken == 0) {
            return null;
        }
        return jdbc.sql("""
                        SELECT p.url, p.secret, e.id, e.type, e.body, d.attempts, d.created_at
                        FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event JOIN webhook_endpoint p ON p.id = d.endpoint
                        WHERE d.id = ?""")
                .param(id)
                .query((rs, row) -> new Claimed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getTimestamp(7).toInstant()))
                .single();
    }

    /** How the endpoint answered: its status (0 when it did not), and what to show in the log. */
    record Answer(int status, String text) {

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    private Answer post(Claimed claimed, Instant at) {
        long t = at.getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(claimed.url())).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "ParkGate-Webhooks/1")
                    .header("X-ParkGate-Event", claimed.type())
                    .header("X-ParkGate-Event-Id", claimed.eventId())
                    .header("X-ParkGate-Delivery-Attempt", String.valueOf(claimed.attempts() + 1))
                    .header(SIGNATURE, HmacSignature.header(claimed.secret(), t, claimed.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(claimed.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String text;
            try (InputStream in = response.body()) {
                text = new String(in.readNBytes(ANSWER_KEPT), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                text = "redirect to " + response.headers().firstValue("Location").orElse("?") + " not followed";
            }
            return new Answer(status, "HTTP " + status + (text.isBlank() ? "" : ": " + text.strip()));
        } catch (HttpTimeoutException slow) {
            return new Answer(0, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException | IllegalArgumentException failed) {
            return new Answer(0, "not reached: " + failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : " " + failed.getMessage()));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    private void finish(long id, Claimed claimed, Answer answer, Instant at) {
        int attempts = claimed.attempts() + 1;
        String status;
        Instant next = at;
        if (answer.delivered()) {
            status = "SENT";
        } else {
            next = at.plus(BACK_OFF.get(Math.min(attempts, BACK_OFF.size()) - 1));
            status = next.isAfter(claimed.createdAt().plus(giveUpAfter)) ? "FAILED" : "PENDING";
            log.warn("Webhook {} of event {} to {}: {} (try {}{})", id, claimed.eventId(), claimed.url(), answer.text(),
                    attempts, status.equals("FAILED") ? ", given up" : ", again at " + next);
        }
        String text = answer.text().length() <= 500 ? answer.text() : answer.text().substring(0, 500);
        jdbc.sql("""
                        UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, claimed_until = NULL,
                            last_attempt_at = ?, last_status = ?, last_answer = ? WHERE id = ?""")
                .params(status, attempts, Timestamp.from(next), Timestamp.from(at),
                        answer.status() == 0 ? null : answer.status(), text, id)
                .update();
    }
}
