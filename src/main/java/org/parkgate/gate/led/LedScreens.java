package org.parkgate.gate.led;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.parkgate.gate.GateAdapter;
import org.parkgate.gate.LaneScreenKind;
import org.parkgate.gate.LaneScreenSettings;
import org.parkgate.gate.ledscreen.LedCommands;
import org.parkgate.gate.ledscreen.LedFrame;
import org.parkgate.gate.ledscreen.ScreenFrames;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The lanes' LED screens: puts each configured screen beside its lane's barrier adapter, sets the
 * screens' clocks when they are attached and every night, and hands a camera the frames for the
 * screen on its RS-485 port.
 */
@Component
public class LedScreens {

    private final Clock clock;
    private final Map<String, ScreenLink> links = new ConcurrentHashMap<>();
    private final Map<String, LedCommands> commands = new ConcurrentHashMap<>();
    private final Map<String, ScreenedGate> gates = new ConcurrentHashMap<>();

    LedScreens(Clock clock) {
        this.clock = clock;
    }

    /** The lane's adapter with its screen beside it, or the adapter itself for a lane without one. */
    public GateAdapter attach(LaneScreenSettings settings, GateAdapter gate) {
        if (settings.kind() == LaneScreenKind.NONE) {
            return gate;
        }
        var lane = new LedCommands(settings.address());
        var screened = new ScreenedGate[1];
        ScreenLink link = settings.kind() == LaneScreenKind.LED_VIA_CAMERA ? new CameraScreenLink()
                : new SerialScreenLink(settings.laneId(), settings.port(), settings.baud(), settings.ackTimeout(),
                        () -> screened[0].silenceChanged());
        screened[0] = new ScreenedGate(gate, new ScreenFrames(lane, settings.payScreen()), settings.address(), link);
        gates.put(settings.laneId(), screened[0]);
        links.put(settings.laneId(), link);
        commands.put(settings.laneId(), lane);
        link.always(lane.clock(LocalDateTime.now(clock)));
        return screened[0];
    }

    /** What the lane's screen shows, from the frames it was sent; null for a lane without a screen. */
    public @Nullable ScreenShown shown(String laneId) {
        ScreenedGate gate = gates.get(laneId);
        return gate == null ? null : gate.shown();
    }

    /** Every night the screens' clocks are set again (they drift, and forget the time without power). */
    @Scheduled(cron = "0 5 3 * * *", zone = "${parkgate.zone}")
    void setClocks() {
        LocalDateTime now = LocalDateTime.now(clock);
        commands.forEach((lane, screen) -> links.get(lane).always(screen.clock(now)));
    }

    /**
     * The bytes of each frame waiting for the screen on the lane's camera, for the camera's answer
     * ({@code serialData}); empty when the lane's screen is not on its camera or nothing waits.
     */
    public List<byte[]> forCamera(String laneId) {
        return links.get(laneId) instanceof CameraScreenLink camera
                ? camera.take().stream().map(LedFrame::bytes).toList()
                : List.of();
    }
}
