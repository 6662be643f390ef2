/**
 * What every HTTP API path under {@code /api/} shares: bodies bounded before they are read, and
 * every refusal or failure answered as RFC 9457 problem+json (a 5xx for ParkGate's own failures,
 * so providers and cameras resend), never the browser's pages.
 */
@NullMarked
package org.parkgate.base.api;

import org.jspecify.annotations.NullMarked;
