package org.parkgate.lane.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.LaneException;
import org.parkgate.lane.Snapshot;
import org.parkgate.lane.SnapshotIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/v1/cameras/hikvision/{laneId}?key=...}: what a Hikvision camera pushes in
 * "HTTP listening" mode. Either {@code multipart/form-data} with the alert part ({@code anpr.xml},
 * or any part holding XML or JSON) and the JPEG parts {@code licensePlatePicture.jpg} and
 * {@code detectionPicture.jpg}, or the alert alone as the body (heartbeats). An ANPR alert is
 * decided like any plate read and the lane's own gate adapter acts (a Hikvision camera does not
 * open on the answer); a plate the camera could not read is recorded as such and the lane asks
 * the driver to call staff. Heartbeats keep the camera's silent-camera watch quiet. Other events
 * are answered and ignored.
 */
@RestController
class HikvisionController {

    private static final Logger log = LoggerFactory.getLogger(HikvisionController.class);
    private static final String PLATE_PICTURE = "licensePlatePicture.jpg";
    private static final String SCENE_PICTURE = "detectionPicture.jpg";

    private final LaneController lanes;
    private final CameraWatch cameras;
    private final SnapshotIntake snapshots;

    HikvisionController(LaneController lanes, CameraWatch cameras, SnapshotIntake snapshots) {
        this.lanes = lanes;
        this.cameras = cameras;
        this.snapshots = snapshots;
    }

    @Operation(summary = "Hikvision ANPR push", description = "What a Hikvision camera sends in HTTP listening mode: "
            + "multipart/form-data with the EventNotificationAlert as the part `anpr.xml` (XML, or JSON on newer "
            + "firmware) and the JPEG parts `licensePlatePicture.jpg` and `detectionPicture.jpg`, or the alert alone "
            + "as the body (heartbeats). Device key as `?key=`. Answers `{\"event\",\"decision\",\"reason\","
            + "\"passageId\"}` for ANPR, `{\"event\"}` otherwise; an XML with a DOCTYPE is 400.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
                    @Content(mediaType = "multipart/form-data"), @Content(mediaType = "application/xml"),
                    @Content(mediaType = "application/json")}))
    @PostMapping("/api/v1/cameras/hikvision/{laneId}")
    Map<String, Object> push(@PathVariable String laneId, HttpServletRequest request) throws IOException {
        lanes.requireLane(laneId);
        MultipartHttpServletRequest multipart = request instanceof MultipartHttpServletRequest parts ? parts : null;
        HikvisionAlert alert = HikvisionAlert.parse(multipart == null ? body(request) : alertPart(multipart));
        if (alert.heartbeat()) {
            cameras.heard(laneId);
            return Map.of("event", alert.eventType());
        }
        if (!alert.anpr()) {
            log.debug("Lane {}: Hikvision event {} ignored", laneId, alert.eventType());
            return Map.of("event", alert.eventType());
        }
        List<Snapshot> pictures = multipart == null ? List.of() : SnapshotIntake.taken(
                snapshots.fromBytes(laneId, Snapshot.Kind.PLATE, PlateReadController.bytes(file(multipart, PLATE_PICTURE))),
                snapshots.fromBytes(laneId, Snapshot.Kind.SCENE, PlateReadController.bytes(file(multipart, SCENE_PICTURE))));
        String plate = alert.plateNotRead() ? HikvisionAlert.NO_PLATE : alert.plate().strip();
        LaneAnswer decided = lanes.plateRead(laneId, plate, alert.plateNotRead() ? 0 : alert.confidence(),
                alert.dateTime(), pictures);
        cameras.heard(laneId);
        return Map.of("event", alert.eventType(), "decision", decided.decision(), "reason", decided.reason(),
                "passageId", decided.passageId());
    }

    /** The alert sent alone as the body (bounded like every camera body, {@code parkgate.api.camera-max-body-bytes}). */
    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The alert part: {@code anpr.xml} by name, else the first part that is not a picture and holds XML or JSON. */
    private static byte[] alertPart(MultipartHttpServletRequest request) throws IOException {
        for (List<MultipartFile> parts : request.getMultiFileMap().values()) {
            for (MultipartFile part : parts) {
                if (alertLike(part.getName()) || alertLike(part.getOriginalFilename()) || alertType(part.getContentType())) {
                    return part.getBytes();
                }
            }
        }
        for (String[] values : request.getParameterMap().values()) { // sent as a plain field, without a file name
            for (String value : values) {
                String text = value.strip();
                if (text.startsWith("<") || text.startsWith("{")) {
                    return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new LaneException("error.lane.hikvision-format");
    }

    private static boolean alertLike(@Nullable String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".json");
    }

    private static boolean alertType(@Nullable String contentType) {
        String lower = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return lower.contains("xml") || lower.contains("json");
    }

    /** A picture part, by its part name or its file name (firmware differs). */
    private static @Nullable MultipartFile file(MultipartHttpServletRequest request, String name) {
        MultipartFile byName = request.getFile(name);
        if (byName != null) {
            return byName;
        }
        for (List<MultipartFile> parts : request.getMultiFileMap().values()) {
            for (MultipartFile part : parts) {
                if (name.equals(part.getOriginalFilename())) {
                    return part;
                }
            }
        }
        return null;
    }
}
