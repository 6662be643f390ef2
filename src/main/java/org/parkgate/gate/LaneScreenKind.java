package org.parkgate.gate;

/**
 * What drives a lane's LED text screen: none, one on a serial port of this PC ({@code led-serial}),
 * or one on the plate camera's RS-485 port, fed through the camera's HTTP answers
 * ({@code led-via-camera}).
 */
public enum LaneScreenKind { NONE, LED_SERIAL, LED_VIA_CAMERA }
