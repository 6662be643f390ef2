package org.parkgate.security;

import java.util.Set;

/** What staff management shows about a user; never the password hash. */
public record StaffUserSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled,
        boolean mustChangePassword) {

    static StaffUserSummary of(StaffUser user) {
        return new StaffUserSummary(java.util.Objects.requireNonNull(user.id()), user.username(), user.displayName(),
                user.roleSet(), user.enabled(), user.mustChangePassword());
    }
}
