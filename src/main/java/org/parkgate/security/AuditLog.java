package org.parkgate.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Entries join the caller's transaction, so an action and its audit line are
 * committed together or not at all.
 */
@Service
public class AuditLog {

    /** Actor name for what ParkGate does by itself (start-up, schedules). */
    public static final String SYSTEM = "system";
    /** Actor name for what somebody not signed in did (a failed sign-in; the typed name is the subject). */
    public static final String ANONYMOUS = "anonymous";

    private final AuditEventRepository events;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or {@link #SYSTEM} when nobody is signed in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, @Nullable String subject, @Nullable String detail) {
        recordAs(currentActor(), action, subject, detail);
    }

    /** Records an action by {@code actor}, with the client address of the current request or session. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, AuditAction action, @Nullable String subject, @Nullable String detail) {
        events.save(new AuditEvent(null, clock.instant(), actor, action, bounded(subject, 100), bounded(detail, 1000),
                ClientAddress.current()));
    }

    /** Texts cut to their column: an audit entry is never refused for a long name. */
    private static @Nullable String bounded(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Newest first. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<AuditEvent> page(int pageIndex, int pageSize) {
        return find(AuditQuery.ALL, pageIndex * pageSize, pageSize);
    }

    /** The entries {@code query} matches, newest first, from {@code offset}, at most {@code limit}. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditQuery query, int offset, int limit) {
        Filter filter = filter(query);
        return jdbc.sql("SELECT id, occurred_at, actor, action, subject, detail, client FROM audit_event WHERE "
                        + filter.where() + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(filter.params()).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        Filter filter = filter(query);
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE " + filter.where()).params(filter.params())
                .query(Integer.class).single();
    }

    /** Everyone who appears in the trail as an actor, sorted. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<String> actors() {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_event ORDER BY actor").query(String.class).list();
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private Filter filter(AuditQuery query) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        Map<String, Object> params = new HashMap<>();
        if (query.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            conditions.add("action = :action");
            params.put("action", query.action().name());
        }
        ZoneId zone = clock.getZone();
        if (query.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Filter(String.join(" AND ", conditions), params);
    }

    /** The signed-in user's name, or {@link #SYSTEM} when nobody is signed in. */
    public static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    /** Whether the signed-in user has any of {@code roles}. */
    public static boolean currentUserHas(Role... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (Role role : roles) {
            if (authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()))) {
                return true;
            }
        }
        return false;
    }
}
