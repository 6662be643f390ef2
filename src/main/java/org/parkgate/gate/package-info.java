/**
 * The gate adapter SPI: what ParkGate needs from the hardware of a lane (barrier relay, arm and
 * loop sensors, display), implemented by the Modbus relay-board adapter and by the simulator.
 */
@NullMarked
package org.parkgate.gate;

import org.jspecify.annotations.NullMarked;
