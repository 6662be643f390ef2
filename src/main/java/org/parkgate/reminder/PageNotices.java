package org.parkgate.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.parkgate.billing.OwnerPageNotices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The owner's page shows the page notices of the last {@link #SHOWN_FOR}, at most {@link #MAX}. */
@Component
class PageNotices implements OwnerPageNotices {

    static final Duration SHOWN_FOR = Duration.ofDays(60);
    static final int MAX = 5;

    private final JdbcClient jdbc;
    private final Clock clock;

    PageNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notice> forOwner(long ownerId, boolean owes) {
        record Row(Notice notice, ReminderReason reason) {
        }
        return jdbc.sql("""
                        SELECT sent_at, subject, body, reason FROM reminder_message
                        WHERE owner = ? AND channel = 'PAGE' AND status = 'SENT' AND sent_at >= ?
                        ORDER BY sent_at DESC, id DESC LIMIT 50""")
                .params(ownerId, Timestamp.from(clock.instant().minus(SHOWN_FOR)))
                .query((rs, row) -> new Row(new Notice(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)),
                        ReminderReason.valueOf(rs.getString(4))))
                .list().stream()
                .filter(row -> owes || !row.reason().aboutDebt())
                .limit(MAX)
                .map(Row::notice)
                .toList();
    }
}
