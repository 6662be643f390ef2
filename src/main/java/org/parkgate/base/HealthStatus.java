package org.parkgate.base;

import org.springframework.boot.health.contributor.Status;

/**
 * The one status ParkGate adds to the actuator's UP and DOWN: a part works but needs someone's
 * attention (a lane whose barrier or camera does not answer, messages waiting too long). Ordered
 * between DOWN and UP ({@code management.endpoint.health.status.order}); answered with 200, as
 * ParkGate still decides.
 */
public final class HealthStatus {

    public static final Status DEGRADED = new Status("DEGRADED");

    private HealthStatus() {
    }
}
