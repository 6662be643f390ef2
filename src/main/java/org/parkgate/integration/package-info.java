/**
 * ParkGate for the office's other systems (DD-020): the integration API that their clients
 * ({@link org.parkgate.security.ApiClients}) read and call. It reads the other features through
 * their public services.
 */
@NullMarked
package org.parkgate.integration;

import org.jspecify.annotations.NullMarked;
