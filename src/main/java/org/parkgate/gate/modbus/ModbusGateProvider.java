package org.parkgate.gate.modbus;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parkgate.gate.AdapterKind;
import org.parkgate.gate.GateAdapter;
import org.parkgate.gate.GateAdapterProvider;
import org.parkgate.gate.GateSettings;
import org.parkgate.gate.ModbusSettings;
import org.springframework.stereotype.Component;

/** Makes a {@link ModbusGate} for every MODBUS lane; lanes on the same port share it. */
@Component
public class ModbusGateProvider implements GateAdapterProvider, AutoCloseable {

    private final Map<String, SharedPort> ports = new ConcurrentHashMap<>();

    @Override
    public AdapterKind kind() {
        return AdapterKind.MODBUS;
    }

    @Override
    public GateAdapter create(GateSettings settings) {
        ModbusSettings modbus = settings.modbus();
        if (modbus == null) {
            throw new IllegalStateException("lane " + settings.laneId() + " needs modbus settings");
        }
        return open(settings.laneId(), modbus);
    }

    /** An adapter for one lane of a board (also for tools and tests outside Spring). */
    public ModbusGate open(String laneId, ModbusSettings modbus) {
        SharedPort port = ports.computeIfAbsent(modbus.port(), name -> new SharedPort(name, modbus.baud()));
        return new ModbusGate(laneId, modbus, port);
    }

    @Override
    public void close() {
        ports.values().forEach(SharedPort::close);
    }
}
