package org.parkgate.simulator;

import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.LaneException;
import org.parkgate.lane.LanesStartingException;
import org.parkgate.lane.UnknownLaneException;
import org.springframework.stereotype.Service;

/**
 * Vehicles at simulated lanes: one arrives on the loop, the virtual camera reports its plate
 * through the public lane API, and whenever the barrier opens for it (at once, after paying, by
 * hand) the vehicle drives through once the arm is up; a refused vehicle waits on the loop until
 * it leaves.
 */
@Service
public class VirtualTraffic {

    /** How long after the arm is up a vehicle has cleared the loop. */
    static final long PASS_MILLIS = 800;

    private final SimulatedGateProvider gates;
    private final LaneController lanes;

    VirtualTraffic(SimulatedGateProvider gates, LaneController lanes) {
        this.gates = gates;
        this.lanes = lanes;
    }

    public LaneAnswer arrive(String laneId, String plate) {
        SimulatedGate gate = gate(laneId);
        if (plate == null || plate.isBlank()) {
            throw new LaneException("error.lane.plate-missing", LaneController.MAX_READ_LENGTH);
        }
        if (!lanes.ready()) { // the car would wait on the loop for nothing
            throw new LanesStartingException();
        }
        gate.vehicleArrives();
        LaneAnswer answer = lanes.plateRead(laneId, plate, 95, null);
        gate.driveThroughWhenOpen(PASS_MILLIS); // now, or once the barrier opens (paid, opened by hand)
        return answer;
    }

    public void leave(String laneId) {
        gate(laneId).vehicleLeaves();
    }

    public boolean simulated(String laneId) {
        return gates.gate(laneId) != null;
    }

    public SimulatedGate gate(String laneId) {
        SimulatedGate gate = laneId == null ? null : gates.gate(laneId);
        if (gate == null) {
            throw new UnknownLaneException(laneId);
        }
        return gate;
    }
}
