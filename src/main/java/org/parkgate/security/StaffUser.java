package org.parkgate.security;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member who signs in. Aggregate root; roles belong to it. */
@Table
record StaffUser(
        @Id @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        boolean enabled,
        boolean mustChangePassword,
        @Nullable String locale,
        Instant createdAt,
        @MappedCollection(idColumn = "STAFF_USER") Set<RoleGrant> roles,
        @Version @Nullable Integer version) {

    StaffUser {
        roles = Set.copyOf(roles);
    }

    static StaffUser create(String username, String displayName, String passwordHash, Set<Role> roles,
            boolean mustChangePassword, Instant now) {
        return new StaffUser(null, username, displayName, passwordHash, true, mustChangePassword, null, now,
                RoleGrant.of(roles), null);
    }

    Set<Role> roleSet() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    boolean isActiveAdmin() {
        return enabled && roleSet().contains(Role.ADMIN);
    }

    StaffUser withRoles(Set<Role> newRoles) {
        return new StaffUser(id, username, displayName, passwordHash, enabled, mustChangePassword, locale, createdAt,
                RoleGrant.of(newRoles), version);
    }

    StaffUser withPassword(String newHash, boolean mustChange) {
        return new StaffUser(id, username, displayName, newHash, enabled, mustChange, locale, createdAt, roles,
                version);
    }

    StaffUser withEnabled(boolean newEnabled) {
        return new StaffUser(id, username, displayName, passwordHash, newEnabled, mustChangePassword, locale,
                createdAt, roles, version);
    }

    StaffUser withLocale(String newLocale) {
        return new StaffUser(id, username, displayName, passwordHash, enabled, mustChangePassword, newLocale,
                createdAt, roles, version);
    }

    /** Used by Spring Data JDBC after an insert. */
    StaffUser withId(Long newId) {
        return new StaffUser(newId, username, displayName, passwordHash, enabled, mustChangePassword, locale,
                createdAt, roles, version);
    }

    /** Used by Spring Data JDBC for optimistic locking. */
    StaffUser withVersion(Integer newVersion) {
        return new StaffUser(id, username, displayName, passwordHash, enabled, mustChangePassword, locale,
                createdAt, roles, newVersion);
    }
}
