package org.parkgate.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.parkgate.gate.AdapterKind;
import org.parkgate.gate.GateAdapter;
import org.parkgate.gate.GateAdapterProvider;
import org.parkgate.gate.GateSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Makes a {@link SimulatedGate} for every lane whose adapter is SIMULATOR, and finds it again by lane. */
@Component
public class SimulatedGateProvider implements GateAdapterProvider, AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gate-simulator");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, SimulatedGate> gates = new ConcurrentHashMap<>();
    private final long riseMillis;
    private final long fallMillis;

    SimulatedGateProvider(@Value("${parkgate.simulator.rise-ms:1500}") long riseMillis,
            @Value("${parkgate.simulator.fall-ms:1500}") long fallMillis) {
        this.riseMillis = riseMillis;
        this.fallMillis = fallMillis;
    }

    @Override
    public AdapterKind kind() {
        return AdapterKind.SIMULATOR;
    }

    @Override
    public GateAdapter create(GateSettings settings) {
        return gates.computeIfAbsent(settings.laneId(), lane -> new SimulatedGate(timer, riseMillis, fallMillis));
    }

    /** The simulated gate of a lane, or null when the lane is not simulated. */
    public SimulatedGate gate(String laneId) {
        return gates.get(laneId);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
