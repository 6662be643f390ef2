package org.parkgate.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.registry.OwnerFilter;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What was sent to whom, when and how, newest first; for the office. */
@Service
public class DeliveryLog {

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<DeliveryRow> find(DeliveryQuery query) {
        return rows(where(query), params(query), query.offset(), query.limit());
    }

    /** The newest {@code limit} messages to the owner, whatever became of them. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<DeliveryRow> toOwner(long ownerId, int limit) {
        return rows("m.owner = :owner", Map.of("owner", ownerId), 0, limit);
    }

    private List<DeliveryRow> rows(String condition, Map<String, Object> params, int offset, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.created_at, m.owner, o.name, m.reason, m.channel, m.recipient, m.status,
                               m.attempts, m.sent_at, m.subject, m.body, m.answer, m.receipt, m.receipt_at,
                               m.receipt_detail
                        FROM reminder_message m JOIN owner o ON o.id = m.owner
                        WHERE %s ORDER BY m.created_at DESC, m.id DESC LIMIT :limit OFFSET :offset"""
                        .formatted(condition))
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new DeliveryRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getLong(3),
                        rs.getString(4), ReminderReason.valueOf(rs.getString(5)), Channel.valueOf(rs.getString(6)),
                        rs.getString(7), DeliveryStatus.valueOf(rs.getString(8)), rs.getInt(9), instant(rs.getTimestamp(10)),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        instant(rs.getTimestamp(15)), rs.getString(16)))
                .list();
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public int count(DeliveryQuery query) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_message m JOIN owner o ON o.id = m.owner WHERE " + where(query))
                .params(params(query)).query(Integer.class).single();
    }

    private static String where(DeliveryQuery query) {
        return OwnerFilter.sql(query.text()) + (query.status() == null ? "" : " AND m.status = :status")
                + (query.channel() == null ? "" : " AND m.channel = :channel");
    }

    private static Map<String, Object> params(DeliveryQuery query) {
        Map<String, Object> params = new HashMap<>(OwnerFilter.params(query.text()));
        if (query.status() != null) {
            params.put("status", query.status().name());
        }
        if (query.channel() != null) {
            params.put("channel", query.channel().name());
        }
        return params;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
