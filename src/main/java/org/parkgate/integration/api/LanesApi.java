package org.parkgate.integration.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.Passage;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/integration/v1/lanes/{laneId}/open} (scope {@code lanes:control}): another system
 * (the security system's console) opens a barrier, with a reason: a manual opening like a guard's,
 * recorded as a passage and audited under the client's name.
 */
@RestController
@RequestMapping("/api/integration/v1/lanes")
class LanesApi {

    /** What to open for: the plate at the lane if known, and why (required, at most 200 characters). */
    record OpenRequest(@Nullable String plate, @Nullable String reason) {
    }

    /** The opening as recorded: the passage, whether the barrier took the command, and any note. */
    record Opened(long passageId, String lane, boolean opened, @Nullable String note, Instant decidedAt) {
    }

    private final LaneController lanes;

    LanesApi(LaneController lanes) {
        this.lanes = lanes;
    }

    @PostMapping("/{laneId}/open")
    @Operation(summary = "Open a lane", description = "Opens the lane's barrier by hand with a reason, as a guard "
            + "would: recorded as a manual passage and audited under the client. Scope `lanes:control`.",
            security = @SecurityRequirement(name = ApiDescription.CLIENT))
    Opened open(@PathVariable String laneId, @RequestBody OpenRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.reason() == null || request.reason().isBlank() || request.reason().strip().length() > 200) {
            problems.add("reason: required, at most 200 characters");
        }
        if (request.plate() != null && request.plate().length() > 16) {
            problems.add("plate: at most 16 characters");
        }
        FieldErrors.refuseAny(problems);
        Passage passage = lanes.openByHand(laneId, request.plate() == null ? "" : request.plate(), request.reason());
        return new Opened(passage.id(), passage.laneId(), passage.opened(), passage.note(), passage.decidedAt());
    }
}
