package org.parkgate.lane.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.gate.led.LedScreens;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.LaneException;
import org.parkgate.lane.Snapshot;
import org.parkgate.lane.SnapshotIntake;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The push of Vzenith (臻识) cameras: {@code AlarmInfoPlate} with a plate result, or a heartbeat.
 * The answer {@code {"Response_AlarmInfoPlate":{"info":"ok"}}} lets the camera fire its own relay
 * as well; "no" keeps it shut (also for heartbeats). Pictures, when the camera is set to send them:
 * {@code imageFragmentFile} (the plate) and {@code imageFile} (the scene), base64 in the
 * {@code PlateResult}. A lane whose LED screen is on the camera's RS-485 port ({@code led-via-camera})
 * gets the screen's frames in the answer's {@code serialData}, one entry per frame (base64, its
 * length, serial channel 1), for the camera to pass on.
 */
@RestController
class VzenithController {

    private final LaneController lanes;
    private final CameraWatch cameras;
    private final SnapshotIntake snapshots;
    private final LedScreens screens;

    VzenithController(LaneController lanes, CameraWatch cameras, SnapshotIntake snapshots, LedScreens screens) {
        this.lanes = lanes;
        this.cameras = cameras;
        this.snapshots = snapshots;
        this.screens = screens;
    }

    @PostMapping("/api/v1/cameras/vzenith/{laneId}")
    Map<String, Map<String, Object>> push(@PathVariable String laneId, @RequestBody JsonNode body) {
        JsonNode alarm = body.path("AlarmInfoPlate");
        if (alarm.isMissingNode() || !alarm.isObject()) {
            throw new LaneException("error.lane.vzenith-format");
        }
        if (alarm.path("heartbeat").asInt(0) == 1) {
            lanes.requireLane(laneId);
            cameras.heard(laneId);
            return answer(laneId, false);
        }
        JsonNode plate = alarm.path("result").path("PlateResult");
        String license = plate.path("license").asString("");
        if (license.isBlank()) {
            throw new LaneException("error.lane.vzenith-format");
        }
        int confidence = Math.max(0, Math.min(100, plate.path("confidence").asInt(100)));
        long seconds = plate.path("timeStamp").path("Timeval").path("sec").asLong(0);
        // any number is an instant here; one far from the server's clock is replaced by the lane
        Instant captured = seconds > 0 ? Instant.ofEpochSecond(Math.min(seconds, Instant.MAX.getEpochSecond())) : null;
        List<Snapshot> pictures = SnapshotIntake.taken(
                snapshots.fromBase64(laneId, Snapshot.Kind.PLATE, text(plate, "imageFragmentFile")),
                snapshots.fromBase64(laneId, Snapshot.Kind.SCENE, text(plate, "imageFile")));
        LaneAnswer decided = lanes.plateRead(laneId, license, confidence, captured, pictures);
        cameras.heard(laneId);
        return answer(laneId, decided.opens());
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private Map<String, Map<String, Object>> answer(String laneId, boolean open) {
        List<Map<String, Object>> serial = screens.forCamera(laneId).stream()
                .map(frame -> Map.<String, Object>of("serialChannel", "1",
                        "data", java.util.Base64.getEncoder().encodeToString(frame), "datalen", frame.length))
                .toList();
        return Map.of("Response_AlarmInfoPlate", serial.isEmpty() ? Map.of("info", open ? "ok" : "no")
                : Map.of("info", open ? "ok" : "no", "serialData", serial));
    }
}
