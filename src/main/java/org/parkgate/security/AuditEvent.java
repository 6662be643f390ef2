package org.parkgate.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of the audit trail: who did what to whom, when, and from which client address (null for
 * what ParkGate did by itself). Never changed after it is written.
 */
@Table
public record AuditEvent(@Id @Nullable Long id, Instant occurredAt, String actor, AuditAction action,
        @Nullable String subject, @Nullable String detail, @Nullable String client) {
}
