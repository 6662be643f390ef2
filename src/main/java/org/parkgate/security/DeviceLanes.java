package org.parkgate.security;

import java.util.List;

/** The lanes a device key can be limited to; the lane feature knows them. */
public interface DeviceLanes {

    /** The ids of the site's lanes, in the order configured. */
    List<String> laneIds();
}
