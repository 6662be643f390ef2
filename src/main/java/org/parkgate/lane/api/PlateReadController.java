package org.parkgate.lane.api;

import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/lanes/{laneId}/plate-reads} with {@code {"plate","confidence"?,"capturedAt"?}}:
 * the lane decides, the barrier opens or the display says why not, and the answer says which.
 */
@RestController
class PlateReadController {

    private final LaneController lanes;

    PlateReadController(LaneController lanes) {
        this.lanes = lanes;
    }

    @PostMapping("/api/v1/lanes/{laneId}/plate-reads")
    LaneAnswer read(@PathVariable String laneId, @RequestBody PlateReadRequest read) {
        return lanes.plateRead(laneId, read.plate() == null ? "" : read.plate(), read.confidence(), read.capturedAt());
    }
}
