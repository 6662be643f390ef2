package org.parkgate.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a staff member may do. Views and endpoints name the roles that may use them
 * ({@code @RolesAllowed(Role.Names.CASHIER)}); anything that names none is denied.
 */
public enum Role {
    /** Users, device keys, settings; sees everything. Starts on the system status. */
    ADMIN("system"),
    /** Lots, tariffs, exemptions approval, refunds, reports. Starts on the dashboard. */
    MANAGER("dashboard"),
    /** Payments at the counter, receipts, shift handover. Starts where owners are found and paid. */
    CASHIER("payments"),
    /** The lanes: watches passages, opens by hand with a reason. Starts on the lanes. */
    GUARD("lanes");

    /** Whose home a user with several roles gets: the manager's work comes before administration. */
    public static final List<Role> HOME_ORDER = List.of(MANAGER, ADMIN, CASHIER, GUARD);

    private final String home;

    Role(String home) {
        this.home = home;
    }

    /** The route of the page this role does first. */
    public String home() {
        return home;
    }

    /** The home route for a user with these role names (as granted, without {@code ROLE_}). */
    public static Optional<String> homeOf(Collection<String> roleNames) {
        return HOME_ORDER.stream().filter(role -> roleNames.contains(role.name())).findFirst().map(Role::home);
    }

    /** Role names as compile-time constants for security annotations. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MANAGER = "MANAGER";
        public static final String CASHIER = "CASHIER";
        public static final String GUARD = "GUARD";
        /**
         * Not a staff role: an owner signed in to the owners' portal ({@link OwnerPrincipal}). No
         * staff page, API or service accepts it; owner pages accept nothing else.
         */
        public static final String OWNER = "OWNER";

        /** For {@code @PreAuthorize} on services (JSR-250 annotations are for views only). */
        public static final String ADMIN_ONLY = "hasRole('ADMIN')";
        public static final String MANAGER_ONLY = "hasRole('MANAGER')";
        public static final String ADMIN_OR_MANAGER = "hasAnyRole('ADMIN', 'MANAGER')";
        /** Everyone working in the office: all but guards. */
        public static final String OFFICE = "hasAnyRole('ADMIN', 'MANAGER', 'CASHIER')";
        /** Everyone on staff, guards included: the lanes, and cash taken at the lane's booth. */
        public static final String ALL_STAFF = "hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')";
        /** Staff, or an owner (who must then be shown only their own: the method says how). */
        public static final String ALL_STAFF_OR_OWNER = "hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD', 'OWNER')";
        /** The owners' portal, for the owner signed in there. */
        public static final String OWNER_ONLY = "hasRole('OWNER')";
        /**
         * The office, or the owner whose data it is: for methods with a parameter {@code ownerId}
         * that the portal shares with the office's pages ({@link OwnerAccess}).
         */
        /** Another system keeping the registry in step (an API client with {@code owners:write}). */
        public static final String OWNERS_WRITE = "hasAuthority('SCOPE_owners:write')";
        /** The office, or another system keeping the registry in step. */
        public static final String OFFICE_OR_OWNERS_WRITE = OFFICE + " or " + OWNERS_WRITE;
        public static final String OFFICE_OR_THE_OWNER = OFFICE + " or @ownerAccess.isSignedIn(#ownerId)";

        private Names() {
        }
    }
}
