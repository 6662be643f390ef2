/** The Modbus RTU relay-board adapter: barriers on RS-485 boards, over jSerialComm through j2mod. */
@NullMarked
package org.parkgate.gate.modbus;

import org.jspecify.annotations.NullMarked;
