package org.parkgate.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Texts an owner their one-time sign-in code through the SMS gateway: once, right after the
 * commit that stored the code's hash, on a worker thread, so that the page answers as fast for a
 * number that is an owner's as for one that is not. Not through the outbox: a code is worth
 * minutes, a retry an hour later would only confuse, and the outbox keeps what it sends. The
 * delivery log gets the message with the code blanked out, and the gateway's answer.
 */
@Component
public class SignInTexts {

    static final String BLANKED = "******";
    /** The text, in the translation files like the other messages' defaults (not editable: it must carry the code). */
    private static final String TEMPLATE = "reminder.template." + ReminderReason.SIGN_IN_CODE.name();
    private static final Logger log = LoggerFactory.getLogger(SignInTexts.class);

    private final JdbcClient jdbc;
    private final Channels channels;
    private final Translations translations;
    private final Executor executor;
    private final Clock clock;

    SignInTexts(JdbcClient jdbc, Channels channels, Translations translations,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.translations = translations;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Sends {@code code} to {@code mobile} for owner {@code ownerId} after the current transaction
     * commits (at once without one); {@code key} tells this code's message apart in the log.
     */
    public void send(long ownerId, String mobile, String code, Duration validFor, String key) {
        Runnable task = () -> executor.execute(() -> deliver(ownerId, mobile, code, validFor, key));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    task.run();
                }
            });
        } else {
            task.run();
        }
    }

    private void deliver(long ownerId, String mobile, String code, Duration validFor, String key) {
        try {
            String language = jdbc.sql("SELECT language FROM owner WHERE id = ?").param(ownerId).query(String.class)
                    .optional().orElse("zh-CN");
            Locale locale = Locale.forLanguageTag(language);
            String subject = translations.getTranslation(TEMPLATE + ".subject", locale);
            String text = translations.getTranslation(TEMPLATE + ".body", locale).replace("{code}", code)
                    .replace("{minutes}", String.valueOf(validFor.toMinutes()));
            ReminderChannel sms = channels.get(Channel.SMS);
            boolean configured = sms != null && sms.configured();
            long id = logged(ownerId, mobile, language, subject, text.replace(code, BLANKED), key,
                    configured ? DeliveryStatus.SENDING : DeliveryStatus.SKIPPED,
                    configured ? null : Outbox.SKIPPED_NOT_CONFIGURED);
            if (!configured) {
                log.warn("No SMS gateway is configured: owner {} asked for a sign-in code that cannot be sent", ownerId);
                return;
            }
            DeliveryStatus status = DeliveryStatus.SENT;
            String answer;
            String reference = null;
            try {
                ReminderChannel.Handed handed = sms.deliver(new OutgoingMessage(id, ownerId, ReminderReason.SIGN_IN_CODE,
                        mobile, language, subject, text, null, null, code));
                answer = handed.answer();
                reference = handed.reference();
            } catch (ReminderChannel.DeliveryFailure failure) {
                status = DeliveryStatus.FAILED;
                answer = failure.getMessage();
            }
            jdbc.sql("UPDATE reminder_message SET status = ?, attempts = 1, sent_at = ?, answer = ?, provider_ref = ?"
                            + " WHERE id = ?")
                    .params(status.name(), status == DeliveryStatus.SENT ? Timestamp.from(clock.instant()) : null,
                            shorten(answer), reference, id)
                    .update();
        } catch (RuntimeException e) {
            log.error("The sign-in code for owner {} could not be sent", ownerId, e);
        }
    }

    private long logged(long ownerId, String mobile, String language, String subject, String body, String key,
            DeliveryStatus status, @Nullable String answer) {
        var now = Timestamp.from(clock.instant());
        var id = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO reminder_message (owner, lot, reason, period_key, channel, recipient, language,
                            subject, body, status, attempts, created_at, next_attempt_at, answer)
                        VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(ownerId, ReminderReason.SIGN_IN_CODE.name(), key, Channel.SMS.name(), mobile, language,
                        subject, body, status.name(), now, now, answer)
                .update(id, "id");
        return java.util.Objects.requireNonNull(id.getKey()).longValue();
    }

    private static @Nullable String shorten(@Nullable String answer) {
        return answer == null || answer.length() <= 500 ? answer : answer.substring(0, 500);
    }
}
