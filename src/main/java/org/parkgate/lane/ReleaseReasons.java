package org.parkgate.lane;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reasons a guard may choose for a free release (免费放行), kept by the office: managers and
 * admins add them and retire them (audited); a retired reason stays on the passages that used it.
 */
@Service
public class ReleaseReasons {

    /** The longest reason name. */
    public static final int NAME_LENGTH = 60;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReleaseReasons(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A reason as listed. */
    public record ReleaseReason(long id, String name, boolean active) {
    }

    /** The reasons a guard can choose now, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    @Transactional(readOnly = true)
    public List<ReleaseReason> active() {
        return jdbc.sql("SELECT id, name, active FROM release_reason WHERE active ORDER BY name")
                .query(ReleaseReason.class).list();
    }

    /** Every reason, retired ones too. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<ReleaseReason> all() {
        return jdbc.sql("SELECT id, name, active FROM release_reason ORDER BY active DESC, name")
                .query(ReleaseReason.class).list();
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public long add(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > NAME_LENGTH) {
            throw new LaneException("error.release-reason.name", NAME_LENGTH);
        }
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO release_reason (name) VALUES (?)").param(text).update(key, "id");
        } catch (DuplicateKeyException taken) {
            throw new LaneException("error.release-reason.exists", text);
        }
        audit.record(AuditAction.RELEASE_REASON_ADDED, text, null);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void retire(long id) {
        String name = jdbc.sql("SELECT name FROM release_reason WHERE id = ? AND active").param(id).query(String.class)
                .optional().orElseThrow(() -> new LaneException("error.release-reason.not-found"));
        jdbc.sql("UPDATE release_reason SET active = FALSE WHERE id = ?").param(id).update();
        audit.record(AuditAction.RELEASE_REASON_RETIRED, name, null);
    }

    /** The active reason of this id, for a release being recorded. */
    Optional<ReleaseReason> activeReason(long id) {
        return jdbc.sql("SELECT id, name, active FROM release_reason WHERE id = ? AND active").param(id)
                .query(ReleaseReason.class).optional();
    }

    /** Which reason a free release used; in the transaction that records its passage. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordRelease(long passageId, long reasonId) {
        jdbc.sql("INSERT INTO free_release (passage, reason) VALUES (?, ?)").params(passageId, reasonId).update();
    }
}
