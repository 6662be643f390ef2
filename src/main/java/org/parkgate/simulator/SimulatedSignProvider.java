package org.parkgate.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.parkgate.gate.DisplayAdapter;
import org.parkgate.gate.DisplayAdapterProvider;
import org.parkgate.gate.DisplayKind;
import org.parkgate.gate.DisplaySettings;
import org.springframework.stereotype.Component;

/** Makes a {@link SimulatedSign} for every lot whose sign is SIMULATOR, and finds it again by lot. */
@Component
public class SimulatedSignProvider implements DisplayAdapterProvider {

    private final Map<String, SimulatedSign> signs = new ConcurrentHashMap<>();

    @Override
    public DisplayKind kind() {
        return DisplayKind.SIMULATOR;
    }

    @Override
    public DisplayAdapter create(DisplaySettings settings) {
        return signs.computeIfAbsent(settings.displayId(), id -> new SimulatedSign());
    }

    /** The simulated sign of a lot, or null when the lot has none. */
    public @Nullable SimulatedSign lotSign(String lotId) {
        return signs.get(DisplaySettings.lotSignId(lotId));
    }
}
