package org.parkgate.lane;

/** A lane id that the configuration does not have (the API answers 404). */
public class UnknownLaneException extends LaneException {

    public UnknownLaneException(String laneId) {
        super("error.lane.unknown", laneId);
    }
}
