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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.HmacSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Posts what the webhook outbox holds: right after the commit that wrote it and every
 * {@code parkgate.webhooks.send-interval} for retries. Each endpoint is served by one virtual
 * thread at a time, so a slow or dead endpoint holds up only itself, never a lane, a payment or
 * another endpoint. Per endpoint, a delivery waits while an earlier one of the same order key
 * (owner) is still on its way: events of one owner arrive in the order they happened. A
 * delivery is posted at least once (a stop between the post and the record of its answer posts
 * it again, with the same event id), signed ({@code X-ParkGate-Signature:
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
    /** How many deliveries one look-up takes. */
    private static final int ROUND = 50;
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final JdbcClient jdbc;
    private final DeliveryAnswers answers;
    private final Clock clock;
    private final Duration timeout;
    private final Duration giveUpAfter;
    private final HttpClient http;
    /** The endpoints being served, each with whether it was asked to look again meanwhile. */
    private final ConcurrentHashMap<Long, Boolean> askedAgain = new ConcurrentHashMap<>();
    private final AtomicBoolean wakeWaiting = new AtomicBoolean();
    /**
     * Rounds whose answers are committed: a look-up made before one of them may still list its
     * deliveries as due and miss the ones of the same owner they held back, so it is not handed on.
     */
    private final AtomicLong roundsRecorded = new AtomicLong();

    WebhookSender(JdbcClient jdbc, DeliveryAnswers answers, Clock clock,
            @Value("${parkgate.webhooks.timeout}") Duration timeout,
            @Value("${parkgate.webhooks.give-up-after}") Duration giveUpAfter) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.clock = clock;
        this.timeout = timeout;
        this.giveUpAfter = giveUpAfter;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    /**
     * After a commit that queued deliveries: the committing thread (a lane's, a payment's) only
     * starts a look-up on a virtual thread, one waiting at a time however many commits there were.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(WebhookOutbox.Queued queued) {
        if (wakeWaiting.compareAndSet(false, true)) {
            Thread.ofVirtual().name("webhook-wake").start(() -> {
                wakeWaiting.set(false);
                wake();
            });
        }
    }

    @Scheduled(fixedDelayString = "${parkgate.webhooks.send-interval}", initialDelayString = "PT10S")
    void poll() {
        wake();
    }

    /**
     * Looks up the due deliveries of all endpoints at once and hands each endpoint's to a virtual
     * thread of its own; an endpoint being served already is asked to look again when it is done.
     * When more are due than one look-up takes, each endpoint looks up its own.
     */
    void wake() {
        try {
            long recordedBefore = roundsRecorded.get();
            List<Due> due = deliverable(null);
            Map<Long, List<Due>> perEndpoint = new LinkedHashMap<>();
            if (due.size() < ROUND) {
                due.forEach(delivery -> perEndpoint.computeIfAbsent(delivery.endpoint(), e -> new ArrayList<>()).add(delivery));
            } else {
                for (long endpoint : jdbc.sql("SELECT DISTINCT endpoint FROM webhook_delivery WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?").param(Timestamp.from(clock.instant())).query(Long.class).list()) {
                    perEndpoint.put(endpoint, null);
                }
            }
            perEndpoint.forEach((endpoint, handed) -> {
                if (startsServing(endpoint)) {
                    List<Due> fresh = roundsRecorded.get() == recordedBefore ? handed : null;
                    Thread.ofVirtual().name("webhook-" + endpoint).start(() -> serve(endpoint, fresh));
                }
            });
        } catch (RuntimeException e) {
            log.error("Webhook deliveries could not be looked up; the next round tries again", e);
        }
    }

    /** Whether a thread must start serving the endpoint: false when one is already (it looks again when done). */
    private boolean startsServing(long endpoint) {
        boolean[] starts = {false};
        askedAgain.compute(endpoint, (key, again) -> {
            starts[0] = again == null;
            return again != null;
        });
        return starts[0];
    }

    /** When an endpoint's thread is done: whether it was asked to look again meanwhile (else it stops serving). */
    private boolean looksAgain(long endpoint) {
        return askedAgain.compute(endpoint, (key, again) -> Boolean.TRUE.equals(again) ? false : null) != null;
    }

    /**
     * Posts the endpoint's due deliveries ({@code handed}, or looked up when null) round by round,
     * each round's answers committed (with other endpoints' rounds finished meanwhile) before the
     * next look-up, until a look-up finds nothing due: a look-up lists only the oldest pending event
     * of each owner, so an owner's burst goes out one round per event. Within a round, a failure
     * holds back the rest of its order key (and its own next try lies in the future).
     */
    private void serve(long endpoint, @Nullable List<Due> handed) {
        try {
            List<Due> due = handed == null ? deliverable(endpoint) : handed;
            while (true) {
                while (!due.isEmpty()) {
                    deliver(due);
                    // a delivered event frees the next one of its owner, which no look-up before could list
                    due = deliverable(endpoint);
                }
                if (!looksAgain(endpoint)) {
                    return;
                }
                due = deliverable(endpoint);
            }
        } catch (RuntimeException e) {
            askedAgain.remove(endpoint);
            log.error("Webhook endpoint {}: delivering stopped; the next round goes on", endpoint, e);
        }
    }

    private void deliver(List<Due> round) {
        List<DeliveryAnswers.Outcome> outcomes = new ArrayList<>(round.size());
        Set<String> heldBack = new HashSet<>();
        for (Due delivery : round) {
            if (delivery.orderKey() != null && heldBack.contains(delivery.orderKey())) {
                continue;
            }
            Instant at = clock.instant();
            Answer answer = post(delivery, at);
            outcomes.add(outcome(delivery, answer, at));
            if (!answer.delivered() && delivery.orderKey() != null) {
                heldBack.add(delivery.orderKey());
            }
        }
        answers.record(outcomes);
        roundsRecorded.incrementAndGet();
    }

    /** A delivery whose time has come, with what posting it needs. */
    private record Due(long id, long endpoint, @Nullable String orderKey, String url, String secret, String eventId, String type,
            String body, int attempts, Instant createdAt) {
    }

    /**
     * The deliveries of the endpoint (of all when null) whose time has come and that no earlier one
     * of their owner holds up, oldest first.
     */
    private List<Due> deliverable(@Nullable Long endpoint) {
        String sql = """
                SELECT d.id, d.endpoint, d.order_key, p.url, p.secret, e.id, e.type, e.body, d.attempts, d.created_at
                FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event JOIN webhook_endpoint p ON p.id = d.endpoint
                WHERE %s d.status = 'PENDING' AND d.next_attempt_at <= ?
                  AND (d.order_key IS NULL OR NOT EXISTS (
                      SELECT 1 FROM webhook_delivery o WHERE o.endpoint = d.endpoint AND o.order_key = d.order_key
                        AND o.status = 'PENDING' AND o.id < d.id))
                ORDER BY d.id LIMIT %d""";
        Timestamp now = Timestamp.from(clock.instant());
        var query = endpoint == null
                ? jdbc.sql(sql.formatted("", ROUND)).params(now)
                : jdbc.sql(sql.formatted("d.endpoint = ? AND", ROUND)).params(endpoint, now);
        return query.query((rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                        rs.getTimestamp(10).toInstant()))
                .list();
    }

    /** How the endpoint answered: its status (0 when it did not), and what to show in the log. */
    record Answer(int status, String text) {

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    private Answer post(Due delivery, Instant at) {
        long t = at.getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "ParkGate-Webhooks/1")
                    .header("X-ParkGate-Event", delivery.type())
                    .header("X-ParkGate-Event-Id", delivery.eventId())
                    .header("X-ParkGate-Delivery-Attempt", String.valueOf(delivery.attempts() + 1))
                    .header(SIGNATURE, HmacSignature.header(delivery.secret(), t, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
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

    private DeliveryAnswers.Outcome outcome(Due delivery, Answer answer, Instant at) {
        int attempts = delivery.attempts() + 1;
        String status;
        Instant next = at;
        if (answer.delivered()) {
            status = "SENT";
        } else {
            next = at.plus(BACK_OFF.get(Math.min(attempts, BACK_OFF.size()) - 1));
            status = next.isAfter(delivery.createdAt().plus(giveUpAfter)) ? "FAILED" : "PENDING";
            log.warn("Webhook {} of event {} to {}: {} (try {}{})", delivery.id(), delivery.eventId(), delivery.url(),
                    answer.text(), attempts, status.equals("FAILED") ? ", given up" : ", again at " + next);
        }
        String text = answer.text().length() <= 500 ? answer.text() : answer.text().substring(0, 500);
        return new DeliveryAnswers.Outcome(delivery.id(), status, attempts, next, at,
                answer.status() == 0 ? null : answer.status(), text);
    }
}
