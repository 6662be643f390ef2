package org.parkgate.security;

/**
 * What a staff member may do. Views and endpoints name the roles that may use them
 * ({@code @RolesAllowed(Role.Names.CASHIER)}); anything that names none is denied.
 */
public enum Role {
    /** Users, device keys, settings; sees everything. */
    ADMIN,
    /** Lots, tariffs, exemptions approval, refunds, reports. */
    MANAGER,
    /** Payments at the counter, receipts, shift handover. */
    CASHIER,
    /** The lanes: watches passages, opens by hand with a reason. */
    GUARD;

    /** Role names as compile-time constants for security annotations. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String MANAGER = "MANAGER";
        public static final String CASHIER = "CASHIER";
        public static final String GUARD = "GUARD";

        /** For {@code @PreAuthorize} on services (JSR-250 annotations are for views only). */
        public static final String ADMIN_ONLY = "hasRole('ADMIN')";
        public static final String MANAGER_ONLY = "hasRole('MANAGER')";
        public static final String ADMIN_OR_MANAGER = "hasAnyRole('ADMIN', 'MANAGER')";
        /** Everyone working in the office: all but guards. */
        public static final String OFFICE = "hasAnyRole('ADMIN', 'MANAGER', 'CASHIER')";

        private Names() {
        }
    }
}
