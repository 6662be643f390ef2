package org.parkgate.security;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit trail is filtered by; a null part matches everything. {@code from} and {@code to}
 * are whole days in ParkGate's zone, both included.
 */
public record AuditQuery(@Nullable String actor, @Nullable AuditAction action, @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
