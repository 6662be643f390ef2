/**
 * Staff users, roles, sign-in (with throttling), device keys later, and the audit trail.
 * Public API: {@link org.parkgate.security.StaffUserService}, {@link org.parkgate.security.LoginThrottle},
 * {@link org.parkgate.security.AuditLog} and the records they return, and
 * {@link org.parkgate.security.ClientAddressThrottle} for any page or endpoint that limits what one
 * client address may do.
 */
@NullMarked
package org.parkgate.security;

import org.jspecify.annotations.NullMarked;
