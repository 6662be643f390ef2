package org.parkgate.lane;

import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code lanes} part of {@code /actuator/health}: DOWN while passages cannot be stored (the
 * database answers reads but the last write failed, e.g. a full disk), and while the lanes are
 * still starting; UP otherwise.
 */
@Component("lanesHealthIndicator") // shown as the "lanes" component
class LanesHealth implements HealthIndicator {

    private final LaneController lanes;

    LanesHealth(LaneController lanes) {
        this.lanes = lanes;
    }

    @Override
    public Health health() {
        Instant failing = lanes.passagesFailingSince();
        if (failing != null) {
            return Health.down().withDetail("passages", "cannot be stored since " + failing).build();
        }
        return lanes.ready() ? Health.up().build() : Health.down().withDetail("lanes", "starting").build();
    }
}
