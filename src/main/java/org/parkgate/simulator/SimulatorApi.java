package org.parkgate.simulator;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.Translations;
import org.parkgate.gate.GateState;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.Site;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator for scripts (device key required): a vehicle arrives with a plate, leaves, what
 * the lane shows, and what a lot's free-space sign shows.
 */
@RestController
class SimulatorApi {

    private final VirtualTraffic traffic;
    private final SimulatedSignProvider signs;
    private final Translations translations;
    private final Site site;

    SimulatorApi(VirtualTraffic traffic, SimulatedSignProvider signs, Translations translations, Site site) {
        this.traffic = traffic;
        this.signs = signs;
        this.translations = translations;
        this.site = site;
    }

    record SignView(List<String> display) {
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
        traffic.gate(laneId); // a simulated lane, else 404
        GateState state = site.lane(laneId).gate().state(); // with its LED screen's alarm, as the Lanes page shows it
        return new LaneView(state.barrier().name(), state.display().lines(), state.display().qrPayload(),
                state.vehiclePresent(), state.health().name(), state.alarm());
    }

    /** What a lot's simulated free-space sign shows; 404 when the lot has none. */
    @GetMapping("/api/v1/sim/signs/{lotId}")
    ResponseEntity<?> sign(@PathVariable String lotId) {
        SimulatedSign sign = signs.lotSign(lotId);
        return sign == null
                ? ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        translations.getTranslation("error.sim.no-sign", Locale.ENGLISH, lotId))).build()
                : ResponseEntity.ok(new SignView(sign.shown().lines()));
    }
}
