/**
 * The gate adapter SPI: what ParkGate needs from the hardware of a lane (barrier relay, arm and
 * loop sensors, display), implemented by the Modbus relay-board adapter and by the simulator; and
 * the displays that stand on their own (a lot's free-space sign, {@link org.parkgate.gate.DisplayAdapter}).
 */
@NullMarked
package org.parkgate.gate;

import org.jspecify.annotations.NullMarked;
