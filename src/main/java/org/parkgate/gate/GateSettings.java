package org.parkgate.gate;

import org.jspecify.annotations.Nullable;

/** What an adapter needs to know about its lane; {@code modbus} only for MODBUS lanes. */
public record GateSettings(String laneId, AdapterKind adapter, @Nullable ModbusSettings modbus) {
}
