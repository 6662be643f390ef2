/**
 * The lane LED screens' serial protocol (显示屏通信协议, ../FIELD-NOTES "Lane LED displays and
 * voice"), plain Java without a framework so that other screen protocols can stand beside it:
 * {@link org.parkgate.gate.ledscreen.LedFrame} is one frame (address, protocol version, packet
 * number, command, data, CRC-16/MODBUS low byte first), {@link org.parkgate.gate.ledscreen.LedCommands}
 * makes the frames of what a lane shows and says (text per line 0x62, lines with voice 0x6E, voice
 * 0x30, the pay screen with a QR code 0xE1, free spaces 0xE3, the clock 0x05), texts in GBK.
 */
@NullMarked
package org.parkgate.gate.ledscreen;

import org.jspecify.annotations.NullMarked;
