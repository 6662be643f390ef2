package org.parkgate.integration.webhook;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what webhook endpoints answered. The rounds of all endpoints that finish while a commit is
 * being written go into the next one together: three endpoints answering one event cost about one
 * commit (one write to disk) instead of three, which is what a lane reading its next plate feels.
 * A round's sender waits until its answers are committed before it looks for more.
 */
@Component
class DeliveryAnswers {

    /** The new state of one delivery after a try. */
    record Outcome(long delivery, String status, int attempts, Instant next, Instant at, @Nullable Integer httpStatus,
            String text) {
    }

    private record Round(List<Outcome> outcomes, CompletableFuture<Void> committed) {
    }

    private static final Logger log = LoggerFactory.getLogger(DeliveryAnswers.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LinkedBlockingQueue<Round> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;

    DeliveryAnswers(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.writer = Thread.ofVirtual().name("webhook-answers").start(this::writeForever);
    }

    @PreDestroy
    void stop() {
        writer.interrupt();
    }

    /** Records a round's outcomes; returns once they are committed (throws when they could not be). */
    void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Round round = new Round(outcomes, new CompletableFuture<>());
        waiting.add(round);
        round.committed().join();
    }

    private void writeForever() {
        while (true) {
            List<Round> rounds = new ArrayList<>();
            try {
                rounds.add(waiting.take());
            } catch (InterruptedException stopped) {
                return;
            }
            waiting.drainTo(rounds);
            try {
                write(rounds);
                rounds.forEach(round -> round.committed().complete(null));
            } catch (RuntimeException e) {
                log.error("Webhook answers could not be recorded; those deliveries are posted again", e);
                rounds.forEach(round -> round.committed().completeExceptionally(e));
            }
        }
    }

    private void write(List<Round> rounds) {
        List<Object[]> rows = new ArrayList<>();
        for (Round round : rounds) {
            for (Outcome o : round.outcomes()) {
                rows.add(new Object[] {o.status(), o.attempts(), Timestamp.from(o.next()), Timestamp.from(o.at()),
                        o.httpStatus(), o.text(), o.delivery()});
            }
        }
        transaction.executeWithoutResult(status -> jdbc.batchUpdate("""
                UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?,
                    last_attempt_at = ?, last_status = ?, last_answer = ? WHERE id = ?""", rows));
    }
}
