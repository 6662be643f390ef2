package org.parkgate.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Where a device key may act: its uses, and its lanes (none listed: every lane). A request for a
 * use or lane outside its scope is refused with 403.
 */
public record DeviceKeyScope(Set<DeviceUse> uses, Set<String> lanes) {

    /** The configured key of headless set-ups and the demo: every use, every lane. */
    public static final DeviceKeyScope EVERYTHING = new DeviceKeyScope(EnumSet.allOf(DeviceUse.class), Set.of());

    public DeviceKeyScope {
        uses = uses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(uses));
        lanes = Set.copyOf(new TreeSet<>(lanes));
    }

    public boolean allLanes() {
        return lanes.isEmpty();
    }

    /** Whether the key may be used for {@code use} at {@code lane} (null: a request for no lane in particular). */
    public boolean admits(DeviceUse use, @Nullable String lane) {
        return uses.contains(use) && (allLanes() || lane != null && lanes.contains(lane));
    }

    /** As stored: uses and lanes each as a comma-separated list in their column. */
    String usesColumn() {
        return String.join(",", uses.stream().sorted().map(Enum::name).toList());
    }

    @Nullable
    String lanesColumn() {
        return allLanes() ? null : String.join(",", new TreeSet<>(lanes));
    }

    static DeviceKeyScope fromColumns(String uses, @Nullable String lanes) {
        Set<DeviceUse> parsed = EnumSet.noneOf(DeviceUse.class);
        for (String use : uses.split(",")) {
            if (!use.isBlank()) {
                parsed.add(DeviceUse.valueOf(use.strip()));
            }
        }
        Set<String> laneIds = new TreeSet<>();
        if (lanes != null) {
            for (String lane : lanes.split(",")) {
                if (!lane.isBlank()) {
                    laneIds.add(lane.strip());
                }
            }
        }
        return new DeviceKeyScope(parsed, laneIds);
    }
}
