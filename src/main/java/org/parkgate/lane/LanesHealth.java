package org.parkgate.lane;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parkgate.base.HealthStatus;
import org.parkgate.gate.GateHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code lanes} part of {@code /actuator/health}: DOWN while passages cannot be stored (the
 * database answers reads but the last write failed, e.g. a full disk), and while the lanes are
 * still starting; DEGRADED while a lane's barrier controller does not answer or its camera has
 * gone silent; UP otherwise. Details (admins): each lane's barrier and camera, and the passage
 * stored last (when, at which lane).
 */
@Component("lanesHealthIndicator") // shown as the "lanes" component
class LanesHealth implements HealthIndicator {

    private final LaneController lanes;
    private final Site site;
    private final CameraWatch cameras;
    private final PassageRecords passages;

    LanesHealth(LaneController lanes, Site site, CameraWatch cameras, PassageRecords passages) {
        this.lanes = lanes;
        this.site = site;
        this.cameras = cameras;
        this.passages = passages;
    }

    @Override
    public Health health() {
        Map<String, String> each = new LinkedHashMap<>();
        boolean troubled = false;
        for (SiteLane lane : site.lanes()) {
            boolean offline = lane.gate().state().health() == GateHealth.OFFLINE;
            Instant silent = cameras.silentSince(lane.id());
            troubled |= offline || silent != null;
            each.put(lane.id(), "barrier " + (offline ? "OFFLINE" : "ONLINE")
                    + (silent == null ? "" : ", camera silent since " + silent));
        }
        Instant failing = lanes.passagesFailingSince();
        Health.Builder health = failing != null || !lanes.ready() ? Health.down()
                : troubled ? Health.status(HealthStatus.DEGRADED) : Health.up();
        if (failing != null) {
            health.withDetail("passages", "cannot be stored since " + failing);
        } else if (!lanes.ready()) {
            health.withDetail("lanes", "starting");
        }
        health.withDetail("each", each);
        Passage last = passages.lastStored();
        health.withDetail("lastPassageStored", last == null ? "none yet" : last.decidedAt() + " at " + last.laneId());
        return health.build();
    }
}
