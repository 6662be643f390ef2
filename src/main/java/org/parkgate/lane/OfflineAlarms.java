package org.parkgate.lane;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkgate.gate.GateHealth;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A {@link LaneAlarm.Kind#OFFLINE} alarm when a lane's hardware goes from online to offline. */
@Component
class OfflineAlarms {

    private final Site site;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, GateHealth> last = new ConcurrentHashMap<>();

    OfflineAlarms(Site site, ApplicationEventPublisher events, Clock clock) {
        this.site = site;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        for (SiteLane lane : site.lanes()) {
            last.put(lane.id(), lane.gate().state().health());
            lane.gate().addListener(state -> {
                GateHealth before = last.put(lane.id(), state.health());
                if (state.health() == GateHealth.OFFLINE && before != GateHealth.OFFLINE) {
                    events.publishEvent(new LaneAlarm(lane.id(), LaneAlarm.Kind.OFFLINE,
                            "lane hardware offline" + (state.alarm() == null ? "" : ": " + state.alarm()), clock.instant()));
                }
            });
        }
    }
}
