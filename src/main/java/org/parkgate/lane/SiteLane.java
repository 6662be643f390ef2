package org.parkgate.lane;

import org.parkgate.access.Lane;
import org.parkgate.gate.GateAdapter;

/** A configured lane at run time: its settings, the core's view of it, and its hardware. */
public record SiteLane(LaneTopology.LaneConfig config, Lane lane, GateAdapter gate) {

    public String id() {
        return config.id();
    }

    public String name() {
        return config.name() == null ? config.id() : config.name();
    }
}
