package org.parkgate.simulator;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.gate.GateState;
import org.parkgate.lane.LaneAnswer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator for scripts (device key required): a vehicle arrives with a plate, leaves, and
 * what the lane shows.
 */
@RestController
class SimulatorApi {

    private final VirtualTraffic traffic;

    SimulatorApi(VirtualTraffic traffic) {
        this.traffic = traffic;
    }

    record Arrival(@Nullable String plate) {
    }

    record LaneView(String barrier, List<String> display, @Nullable String qr, boolean vehiclePresent, String health,
            @Nullable String alarm) {
    }

    @PostMapping("/api/v1/sim/lanes/{laneId}/arrive")
    LaneAnswer arrive(@PathVariable String laneId, @RequestBody Arrival arrival) {
        return traffic.arrive(laneId, arrival.plate() == null ? "" : arrival.plate());
    }

    @PostMapping("/api/v1/sim/lanes/{laneId}/leave")
    LaneView leave(@PathVariable String laneId) {
        traffic.leave(laneId);
        return view(laneId);
    }

    @GetMapping("/api/v1/sim/lanes/{laneId}")
    LaneView view(@PathVariable String laneId) {
        GateState state = traffic.gate(laneId).state();
        return new LaneView(state.barrier().name(), state.display().lines(), state.display().qrPayload(),
                state.vehiclePresent(), state.health().name(), state.alarm());
    }
}
