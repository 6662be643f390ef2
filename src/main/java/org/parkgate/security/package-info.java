/**
 * Staff users, roles, sign-in (with throttling), device keys, and the audit trail.
 * Public API: {@link org.parkgate.security.StaffUserService}, {@link org.parkgate.security.LoginThrottle},
 * {@link org.parkgate.security.AuditLog} and the records they return,
 * {@link org.parkgate.security.ClientAddressThrottle} for any page or endpoint that limits what one
 * client address may do, {@link org.parkgate.security.DeviceKeys} with their scopes, and
 * {@link org.parkgate.security.PublicPage}, which marks the views the public port serves.
 */
@NullMarked
package org.parkgate.security;

import org.jspecify.annotations.NullMarked;
