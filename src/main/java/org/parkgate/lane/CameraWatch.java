package org.parkgate.lane;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which lane cameras are alive: a camera that sends heartbeats and then stays silent longer than
 * {@link #SILENCE} raises an alarm on its lane, cleared by its next sign of life.
 */
@Component
public class CameraWatch {

    static final Duration SILENCE = Duration.ofSeconds(90);

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, Instant> lastHeard = new ConcurrentHashMap<>();
    private final Map<String, Instant> silentSince = new ConcurrentHashMap<>();

    CameraWatch(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    /** A heartbeat or a plate from the lane's camera. */
    public void heard(String laneId) {
        lastHeard.put(laneId, clock.instant());
        silentSince.remove(laneId);
    }

    @Scheduled(fixedDelay = 15_000)
    void check() {
        Instant now = clock.instant();
        lastHeard.forEach((lane, at) -> {
            if (at.plus(SILENCE).isBefore(now) && silentSince.putIfAbsent(lane, at) == null) {
                events.publishEvent(new LaneAlarm(lane, LaneAlarm.Kind.CAMERA_SILENT,
                        "camera silent since " + at, now));
            }
        });
    }

    /** When the lane's camera was last heard, if it has been silent too long; else null. */
    public @Nullable Instant silentSince(String laneId) {
        check();
        return silentSince.get(laneId);
    }
}
