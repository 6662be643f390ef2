package org.parkgate.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices from the office (a fee change, maintenance) to all owners of a lot, by the channels the
 * manager picks. The owners of a lot are those with a pass period there that ended less than a
 * year ago or is still to come, and those with an unpaid invoice there. Posting writes every
 * message to the outbox in one transaction; the sender delivers them like reminders.
 */
@Service
public class Announcements {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Announcements(JdbcClient jdbc, Outbox outbox, ReminderSettings settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Posts the notice; returns it with the number of owners it goes to. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public Announcement post(String lot, String title, String text, Set<Channel> channels) {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanText = text == null ? "" : text.strip();
        if (lot == null || !settings.all().containsKey(lot)) {
            throw new ReminderException("error.announcement.lot-unknown");
        }
        if (cleanTitle.isEmpty() || cleanTitle.length() > 100) {
            throw new ReminderException("error.announcement.title-invalid");
        }
        if (cleanText.isEmpty() || cleanText.length() > ReminderTemplates.SMS_MAX) {
            throw new ReminderException("error.announcement.text-invalid", ReminderTemplates.SMS_MAX);
        }
        if (channels == null || channels.isEmpty()) {
            throw new ReminderException("error.announcement.channels-empty");
        }
        List<Long> owners = ownersOf(lot, LocalDate.now(clock));
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO announcement (lot, subject, body, channels, posted_by, posted_at, recipients)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(lot, cleanTitle, cleanText, ReminderSettings.text(channels), AuditLog.currentActor(),
                        Timestamp.from(clock.instant()), owners.size())
                .update(key, "id");
        long id = key.getKey().longValue();
        ReminderSchedule byChosenChannels = new ReminderSchedule(lot, 0, false, 0, false, channels,
                ReminderSchedule.defaults(lot).quietFrom(), ReminderSchedule.defaults(lot).quietUntil());
        for (long owner : owners) {
            outbox.write(new Occasion(owner, ReminderReason.ANNOUNCEMENT, "A" + id, lot, null, null, null, null,
                    cleanTitle, cleanText), byChosenChannels);
        }
        audit.record(AuditAction.ANNOUNCEMENT_POSTED, lot, cleanTitle + " (" + owners.size() + ")");
        return find(id);
    }

    /** Newest first. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<Announcement> list() {
        return jdbc.sql(SELECT + " ORDER BY posted_at DESC, id DESC").query(Announcements::row).list();
    }

    private Announcement find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Announcements::row).single();
    }

    private static final String SELECT =
            "SELECT id, lot, subject, body, channels, posted_by, posted_at, recipients FROM announcement";

    private static Announcement row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Announcement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ReminderSettings.channels(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
                rs.getInt(8));
    }

    private List<Long> ownersOf(String lot, LocalDate today) {
        return jdbc.sql("""
                        SELECT s.owner FROM subscription s JOIN pass_plan p ON p.id = s.plan
                        WHERE p.lot = ? AND s.ends_on >= ?
                        UNION
                        SELECT owner FROM invoice WHERE lot = ? AND settled_on IS NULL
                        ORDER BY 1""")
                .params(lot, Date.valueOf(today.minusYears(1)), lot).query(Long.class).list();
    }
}
