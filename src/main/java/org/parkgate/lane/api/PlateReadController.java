package org.parkgate.lane.api;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.LaneException;
import org.parkgate.lane.Snapshot;
import org.parkgate.lane.SnapshotIntake;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/lanes/{laneId}/plate-reads} with {@code {"plate","confidence"?,"capturedAt"?,
 * "plateImage"?,"sceneImage"?}} (pictures as base64), or the same as {@code multipart/form-data}
 * (fields {@code plate}, {@code confidence}, {@code capturedAt}; files {@code plateImage},
 * {@code sceneImage}): the lane decides, the barrier opens or the display says why not, and the
 * answer says which.
 */
@RestController
class PlateReadController {

    private final LaneController lanes;
    private final SnapshotIntake snapshots;

    PlateReadController(LaneController lanes, SnapshotIntake snapshots) {
        this.lanes = lanes;
        this.snapshots = snapshots;
    }

    @PostMapping(path = "/api/v1/lanes/{laneId}/plate-reads", consumes = MediaType.APPLICATION_JSON_VALUE)
    LaneAnswer read(@PathVariable String laneId, @RequestBody PlateReadRequest read) {
        List<Snapshot> pictures = SnapshotIntake.taken(
                snapshots.fromBase64(laneId, Snapshot.Kind.PLATE, read.plateImage()),
                snapshots.fromBase64(laneId, Snapshot.Kind.SCENE, read.sceneImage()));
        return lanes.plateRead(laneId, read.plate() == null ? "" : read.plate(), read.confidence(), read.capturedAt(),
                pictures);
    }

    @PostMapping(path = "/api/v1/lanes/{laneId}/plate-reads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    LaneAnswer readWithFiles(@PathVariable String laneId, @RequestParam(required = false) @Nullable String plate,
            @RequestParam(required = false) @Nullable Integer confidence,
            @RequestParam(required = false) @Nullable String capturedAt,
            @RequestPart(required = false) @Nullable MultipartFile plateImage,
            @RequestPart(required = false) @Nullable MultipartFile sceneImage) {
        Instant captured;
        try {
            captured = capturedAt == null || capturedAt.isBlank() ? null : Instant.parse(capturedAt);
        } catch (DateTimeParseException notAnInstant) {
            throw new LaneException("error.lane.captured-at");
        }
        List<Snapshot> pictures = SnapshotIntake.taken(
                snapshots.fromBytes(laneId, Snapshot.Kind.PLATE, bytes(plateImage)),
                snapshots.fromBytes(laneId, Snapshot.Kind.SCENE, bytes(sceneImage)));
        return lanes.plateRead(laneId, plate == null ? "" : plate, confidence, captured, pictures);
    }

    /** A part's bytes, held in memory already (the multipart threshold equals its size limit); none when unreadable. */
    static byte @Nullable [] bytes(@Nullable MultipartFile part) {
        if (part == null || part.isEmpty()) {
            return null;
        }
        try {
            return part.getBytes();
        } catch (IOException unreadable) {
            return null;
        }
    }
}
