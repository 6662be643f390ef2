package org.parkgate.gate;

/**
 * A lane on an RS-485 Modbus RTU relay board: the serial port and speed, the board's unit id, the
 * coils wired to the barrier's open and close contacts, the discrete inputs of the arm-up sensor
 * and the vehicle loop, how long the open pulse lasts, and how soon the arm must be up.
 */
public record ModbusSettings(String port, int baud, int unit, int openCoil, int closeCoil, int armInput,
        int loopInput, int pulseMs, int armUpTimeoutMs) {
}
