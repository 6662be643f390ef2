package org.parkgate.security;

/** What the audit trail records. Shown translated as {@code audit.action.<NAME>}. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    LOGIN_UNLOCKED,
    USER_CREATED,
    USER_ROLES_CHANGED,
    USER_PASSWORD_RESET,
    USER_ENABLED,
    USER_DISABLED,
    PASSWORD_CHANGED,
    EXEMPTION_REQUESTED,
    EXEMPTION_APPROVED,
    EXEMPTION_REJECTED
}
