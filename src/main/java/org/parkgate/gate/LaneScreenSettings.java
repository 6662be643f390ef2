package org.parkgate.gate;

import java.time.Duration;
import java.util.Locale;

/**
 * A lane's LED text screen: how it is reached, its serial port and speed ({@code led-serial}), its
 * address on the bus, its language, whether it has a pay screen with a QR code, and how long it
 * has to acknowledge a text.
 */
public record LaneScreenSettings(String laneId, LaneScreenKind kind, String port, int baud, int address,
        Locale language, boolean payScreen, Duration ackTimeout) {
}
