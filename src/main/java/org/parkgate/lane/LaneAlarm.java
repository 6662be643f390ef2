package org.parkgate.lane;

import java.time.Instant;

/**
 * Something at a lane a person must look at: its hardware went offline, a barrier on record as
 * opening was not commanded, or its camera fell silent. Published when it starts (inside the
 * transaction that put a passage right, for {@link Kind#NOT_OPENED}).
 */
public record LaneAlarm(String laneId, Kind kind, String detail, Instant at) {

    public enum Kind {
        OFFLINE, NOT_OPENED, CAMERA_SILENT
    }
}
