package org.parkgate.security;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
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
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(pageIndex, pageSize));
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public long count() {
        return events.count();
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
