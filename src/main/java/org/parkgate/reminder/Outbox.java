package org.parkgate.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.lane.Site;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages to the outbox, in the transaction of whatever caused them: one row per channel
 * of the lot's schedule, in the owner's language, unless that owner, reason, period and channel
 * is there already. A channel without an address or not configured is written as skipped, so
 * the office sees it in the delivery log. The sender picks the rows up after the commit.
 */
@Component
class Outbox {

    static final String SKIPPED_NO_ADDRESS = "reminders.skipped.no-address";
    static final String SKIPPED_NOT_CONFIGURED = "reminders.skipped.not-configured";

    private final JdbcClient jdbc;
    private final ReminderTemplates templates;
    private final Channels channels;
    private final OwnerPayLinks links;
    private final Site site;
    private final StillDue stillDue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(JdbcClient jdbc, ReminderTemplates templates, Channels channels, OwnerPayLinks links, Site site,
            StillDue stillDue, ApplicationEventPublisher events, Clock clock) {
        this.stillDue = stillDue;
        this.jdbc = jdbc;
        this.templates = templates;
        this.channels = channels;
        this.links = links;
        this.site = site;
        this.events = events;
        this.clock = clock;
    }

    private record Addressee(String name, @Nullable String phone, @Nullable String email, String language) {
    }

    /** Writes the occasion's messages by {@code schedule}'s channels; returns how many rows are new. */
    @Transactional(propagation = Propagation.MANDATORY)
    int write(Occasion occasion, ReminderSchedule schedule) {
        Addressee owner = jdbc.sql("SELECT name, phone, email, language FROM owner WHERE id = ?")
                .param(occasion.ownerId())
                .query((rs, row) -> new Addressee(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElse(null);
        if (owner == null) {
            return 0;
        }
        MessageFacts facts = null;
        int written = 0;
        boolean pending = false;
        for (Channel channel : schedule.channels().stream().sorted().toList()) {
            if (exists(occasion, channel)) {
                continue;
            }
            if (facts == null) {
                facts = facts(occasion, owner);
            }
            String recipient = switch (channel) {
                case SMS -> owner.phone();
                case EMAIL -> owner.email();
                case PAGE -> null; // the owner's own page: no address needed
            };
            boolean addressed = channel == Channel.PAGE || recipient != null && !recipient.isBlank();
            String skipped = !addressed ? SKIPPED_NO_ADDRESS
                    : !channels.configured(channel) ? SKIPPED_NOT_CONFIGURED : null;
            MessageTemplate text = templates.template(channel, occasion.reason(), owner.language())
                    .render(channel == Channel.PAGE ? facts.masked() : facts);
            if (insert(occasion, channel, recipient, owner.language(), text, skipped)) {
                written++;
                pending |= skipped == null;
            }
        }
        if (pending) {
            events.publishEvent(new MessagesQueued(written));
        }
        return written;
    }

    private MessageFacts facts(Occasion occasion, Addressee owner) {
        String plates = String.join(", ", jdbc.sql("SELECT plate FROM vehicle WHERE owner = ? ORDER BY plate")
                .param(occasion.ownerId()).query(String.class).list());
        return new MessageFacts(owner.name(), plates, occasion.amount() == null ? 0 : occasion.amount(), occasion.due(),
                links.linkForMessage(occasion.ownerId()), site.lotName(occasion.lot()), occasion.title(),
                occasion.text());
    }

    private boolean exists(Occasion occasion, Channel channel) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM reminder_message
                        WHERE owner = ? AND reason = ? AND period_key = ? AND channel = ?""")
                .params(occasion.ownerId(), occasion.reason().name(), occasion.periodKey(), channel.name())
                .query(Integer.class).single() > 0;
    }

    private boolean insert(Occasion occasion, Channel channel, @Nullable String recipient, String language,
            MessageTemplate text, @Nullable String skipped) {
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO reminder_message (owner, lot, reason, period_key, channel, recipient, language,
                                subject, body, amount, due_on, invoice, subscription, status, created_at,
                                next_attempt_at, answer)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(occasion.ownerId(), occasion.lot(), occasion.reason().name(), occasion.periodKey(),
                            channel.name(), recipient, language, truncate(text.subject(), 200), truncate(text.body(), 2000),
                            occasion.amount(), occasion.due() == null ? null : Date.valueOf(occasion.due()),
                            occasion.invoice(), occasion.subscription(),
                            (skipped == null ? DeliveryStatus.PENDING : DeliveryStatus.SKIPPED).name(),
                            Timestamp.from(now), Timestamp.from(now), skipped)
                    .update();
            return true;
        } catch (DuplicateKeyException writtenMeanwhile) {
            // an overlapping run wrote the same message first: it goes out once, from that row
            return false;
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Cancels the owner's waiting messages that are no longer due, in the caller's transaction. */
    int cancelNoLongerDue(long ownerId, LocalDate today) {
        record Waiting(long id, ReminderReason reason, @Nullable Long invoice, @Nullable Long subscription) {
        }
        List<Waiting> waiting = jdbc.sql("""
                        SELECT id, reason, invoice, subscription FROM reminder_message
                        WHERE owner = ? AND status = 'PENDING'""")
                .param(ownerId)
                .query((rs, n) -> new Waiting(rs.getLong(1), ReminderReason.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getObject(4) == null ? null : rs.getLong(4)))
                .list();
        int cancelled = 0;
        for (Waiting message : waiting) {
            if (!stillDue.test(ownerId, message.reason(), message.invoice(), message.subscription(), today)) {
                cancelled += jdbc.sql("UPDATE reminder_message SET status = 'CANCELLED', answer = ?"
                        + " WHERE id = ? AND status = 'PENDING'").params(OutboxSender.CANCELLED_NO_LONGER_DUE, message.id()).update();
            }
        }
        return cancelled;
    }
}
