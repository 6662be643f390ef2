package org.parkgate.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds: right after the commit that wrote it, and every
 * {@code parkgate.reminders.send-interval} for retries and the end of quiet hours. A message is
 * claimed before it is handed to its channel (so two senders never send it both), checked once
 * more for still being due, held back during the lot's quiet hours (SMS), and retried with
 * growing pauses until it is accepted or {@link #MAX_ATTEMPTS} tries failed. A claim left by a
 * stop mid-send is released after {@link #CLAIM}: that message is tried again with the same id.
 */
@Component
class OutboxSender {

    static final int MAX_ATTEMPTS = 6;
    /** The pause after the n-th failed try. */
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(3));
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final String CANCELLED_NO_LONGER_DUE = "reminders.cancelled.no-longer-due";
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Channels channels;
    private final ReminderSettings settings;
    private final StillDue stillDue;
    private final Executor executor;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean taskWaiting = new AtomicBoolean();

    OutboxSender(JdbcClient jdbc, TransactionTemplate transaction, Channels channels,
            ReminderSettings settings, StillDue stillDue, @Qualifier("applicationTaskExecutor") Executor executor,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.channels = channels;
        this.settings = settings;
        this.stillDue = stillDue;
        this.executor = executor;
        this.clock = clock;
    }

    /** After a commit that queued messages: one send task at a time waits, however many commits there were. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MessagesQueued queued) {
        if (taskWaiting.compareAndSet(false, true)) {
            executor.execute(() -> {
                taskWaiting.set(false);
                sendDue();
            });
        }
    }

    /** The scheduler's thread never waits here: when a send is under way, this round is skipped. */
    @Scheduled(fixedDelayString = "${parkgate.reminders.send-interval}", initialDelayString = "PT10S")
    void poll() {
        if (lock.tryLock()) {
            try {
                sendDue();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Sends every message whose time has come; returns how many were handed over. Runs one at a
     * time in this JVM: a call while another runs waits for it and then looks again.
     */
    int sendDue() {
        lock.lock();
        int sent = 0;
        try {
            releaseStaleClaims();
            List<Long> due;
            while (!(due = dueIds()).isEmpty()) {
                for (long id : due) {
                    sent += send(id) ? 1 : 0;
                }
            }
        } catch (RuntimeException e) {
            log.error("Sending reminders stopped; the rest waits for the next round", e);
        } finally {
            lock.unlock();
        }
        return sent;
    }

    private void releaseStaleClaims() {
        jdbc.sql("UPDATE reminder_message SET status = 'PENDING', claimed_until = NULL"
                        + " WHERE status = 'SENDING' AND claimed_until < ?")
                .param(Timestamp.from(clock.instant())).update();
    }

    private List<Long> dueIds() {
        return jdbc.sql("""
                        SELECT id FROM reminder_message WHERE status = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id LIMIT 50""")
                .param(Timestamp.from(clock.instant())).query(Long.class).list();
    }

    private record Claimed(OutgoingMessage message, Channel channel, int attempts) {
    }

    private boolean send(long id) {
        Claimed claimed = transaction.execute(status -> claim(id));
        if (claimed == null) {
            return false;
        }
        ReminderChannel channel = channels.get(claimed.channel());
        try {
            if (channel == null) {
                throw new ReminderChannel.DeliveryFailure("reminders.answer.no-channel|" + claimed.channel());
            }
            ReminderChannel.Handed handed = channel.deliver(claimed.message());
            finish(id, DeliveryStatus.SENT, claimed.attempts() + 1, clock.instant(), handed.answer(), handed.reference());
            return true;
        } catch (ReminderChannel.DeliveryFailure failure) {
            failed(id, claimed.attempts() + 1, failure.getMessage());
        } catch (RuntimeException e) {
            failed(id, claimed.attempts() + 1, "reminders.answer.error|" + e);
        }
        return false;
    }

    /** Takes the message for this sender, or null when another took it, it is no longer due or it is quiet. */
    private @Nullable Claimed claim(long id) {
        Instant now = clock.instant();
        int taken = jdbc.sql("UPDATE reminder_message SET status = 'SENDING', claimed_until = ?"
                        + " WHERE id = ? AND status = 'PENDING'")
                .params(Timestamp.from(now.plus(CLAIM)), id).update();
        if (taken == 0) {
            return null;
        }
        record Row(Claimed claimed, String lot, @Nullable Long invoice, @Nullable Long subscription) {
        }
        Row row = jdbc.sql("""
                        SELECT owner, reason, recipient, language, subject, body, amount, due_on, channel, attempts,
                               lot, invoice, subscription
                        FROM reminder_message WHERE id = ?""")
                .param(id)
                .query((rs, n) -> {
                    Date due = rs.getDate(8);
                    var message = new OutgoingMessage(id, rs.getLong(1), ReminderReason.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getObject(7) == null ? null : rs.getLong(7), due == null ? null : due.toLocalDate());
                    return new Row(new Claimed(message, Channel.valueOf(rs.getString(9)), rs.getInt(10)),
                            rs.getString(11), rs.getObject(12) == null ? null : rs.getLong(12),
                            rs.getObject(13) == null ? null : rs.getLong(13));
                })
                .single();
        OutgoingMessage message = row.claimed().message();
        LocalDateTime local = LocalDateTime.ofInstant(now, clock.getZone());
        if (!stillDue.test(message.ownerId(), message.reason(), row.invoice(), row.subscription(), local.toLocalDate())) {
            jdbc.sql("UPDATE reminder_message SET status = 'CANCELLED', claimed_until = NULL, answer = ? WHERE id = ?")
                    .params(CANCELLED_NO_LONGER_DUE, id).update();
            return null;
        }
        Claimed addressed = currentAddress(row.claimed());
        if (addressed == null) {
            jdbc.sql("UPDATE reminder_message SET status = 'SKIPPED', claimed_until = NULL, answer = ? WHERE id = ?")
                    .params(Outbox.SKIPPED_NO_ADDRESS, id).update();
            return null;
        }
        ReminderSchedule schedule = settings.forLot(row.lot());
        if (row.claimed().channel() == Channel.SMS && schedule.quietAt(local.toLocalTime())) {
            Instant after = schedule.quietEnd(local).atZone(clock.getZone()).toInstant();
            jdbc.sql("UPDATE reminder_message SET status = 'PENDING', claimed_until = NULL, next_attempt_at = ?"
                    + " WHERE id = ?").params(Timestamp.from(after), id).update();
            return null;
        }
        return addressed;
    }

    /**
     * The message to the owner's phone or e-mail as it is now (the office may have corrected it
     * since the message was written); null when there is none any more.
     */
    private @Nullable Claimed currentAddress(Claimed claimed) {
        if (claimed.channel() == Channel.PAGE) {
            return claimed;
        }
        String column = claimed.channel() == Channel.SMS ? "phone" : "email";
        String now = jdbc.sql("SELECT " + column + " FROM owner WHERE id = ?").param(claimed.message().ownerId())
                .query((rs, n) -> rs.getString(1)).list().stream().findFirst().orElse(null);
        if (now == null || now.isBlank()) {
            return null;
        }
        if (!now.equals(claimed.message().recipient())) {
            jdbc.sql("UPDATE reminder_message SET recipient = ? WHERE id = ?").params(now, claimed.message().id())
                    .update();
        }
        OutgoingMessage m = claimed.message();
        return new Claimed(new OutgoingMessage(m.id(), m.ownerId(), m.reason(), now, m.language(), m.subject(),
                m.body(), m.amount(), m.due()), claimed.channel(), claimed.attempts());
    }

    private void failed(long id, int attempts, @Nullable String answer) {
        if (attempts >= MAX_ATTEMPTS) {
            finish(id, DeliveryStatus.FAILED, attempts, null, answer, null);
            log.warn("Reminder {} failed for good after {} tries: {}", id, attempts, answer);
            return;
        }
        Instant next = clock.instant().plus(BACK_OFF.get(Math.min(attempts, BACK_OFF.size()) - 1));
        jdbc.sql("""
                        UPDATE reminder_message SET status = 'PENDING', claimed_until = NULL, attempts = ?,
                            next_attempt_at = ?, answer = ? WHERE id = ?""")
                .params(attempts, Timestamp.from(next), shorten(answer), id).update();
    }

    /** The message's end (or its next try), with the provider's id of it when it reports delivery later. */
    private void finish(long id, DeliveryStatus status, int attempts, @Nullable Instant sentAt, @Nullable String answer,
            @Nullable String reference) {
        jdbc.sql("""
                        UPDATE reminder_message SET status = ?, claimed_until = NULL, attempts = ?, sent_at = ?,
                            answer = ?, provider_ref = ? WHERE id = ?""")
                .params(status.name(), attempts, sentAt == null ? null : Timestamp.from(sentAt), shorten(answer),
                        reference, id)
                .update();
    }

    private static @Nullable String shorten(@Nullable String answer) {
        return answer == null || answer.length() <= 500 ? answer : answer.substring(0, 500);
    }
}
