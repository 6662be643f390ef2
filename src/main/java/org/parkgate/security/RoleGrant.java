package org.parkgate.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.relational.core.mapping.Table;

/** One role held by a staff user (a row of STAFF_USER_ROLE). */
@Table("STAFF_USER_ROLE")
record RoleGrant(Role role) {

    static Set<RoleGrant> of(Set<Role> roles) {
        return roles.stream().map(RoleGrant::new).collect(Collectors.toUnmodifiableSet());
    }
}
