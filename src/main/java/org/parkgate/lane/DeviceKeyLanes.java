package org.parkgate.lane;

import java.util.List;
import org.parkgate.security.DeviceLanes;
import org.springframework.stereotype.Component;

/** The site's lanes, for limiting a device key to some of them. */
@Component
class DeviceKeyLanes implements DeviceLanes {

    private final Site site;

    DeviceKeyLanes(Site site) {
        this.site = site;
    }

    @Override
    public List<String> laneIds() {
        return site.lanes().stream().map(SiteLane::id).toList();
    }
}
