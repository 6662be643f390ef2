package org.parkgate.security;

import java.time.Instant;

/** A user name that may not sign in until {@code lockedUntil} after too many failed attempts. */
public record LoginLock(String username, int failedAttempts, Instant lockedUntil) {
}
