package org.parkgate.security;

import java.util.Set;

/** Input for creating a staff user; checked by {@link StaffUserService#create}. */
public record NewStaffUser(String username, String displayName, String initialPassword, Set<Role> roles) {
}
