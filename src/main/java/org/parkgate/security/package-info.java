/**
 * Staff users, roles, sign-in (with throttling), device keys later, and the audit trail.
 * Public API: {@link org.parkgate.security.StaffUserService}, {@link org.parkgate.security.LoginThrottle},
 * {@link org.parkgate.security.AuditLog} and the records they return; {@link org.parkgate.security.PublicPage}
 * marks the views the public port serves.
 */
@NullMarked
package org.parkgate.security;

import org.jspecify.annotations.NullMarked;
