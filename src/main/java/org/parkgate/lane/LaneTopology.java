package org.parkgate.lane;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Lane;
import org.parkgate.gate.AdapterKind;
import java.time.Duration;
import java.util.Locale;
import org.parkgate.base.ui.Translations;
import org.parkgate.gate.DisplayKind;
import org.parkgate.gate.LaneScreenKind;
import org.parkgate.gate.LaneScreenSettings;
import org.parkgate.gate.ModbusSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The lots and lanes of this site, from configuration ({@code parkgate.lots[N]},
 * {@code parkgate.lanes[N]}; see README). Checked at start-up: a mistake stops ParkGate with a
 * message that names it.
 */
@ConfigurationProperties("parkgate")
public record LaneTopology(@Nullable List<LotConfig> lots, @Nullable List<LaneConfig> lanes) {

    public LaneTopology {
        lots = lots == null ? List.of() : List.copyOf(lots);
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
    }

    /**
     * A car park: its id, its name on screens, how many vehicles fit, and what drives its
     * free-space sign at the road (none by default).
     */
    public record LotConfig(String id, @Nullable String name, int capacity, @Nullable DisplayKind sign) {

        public DisplayKind signKind() {
            return sign == null ? DisplayKind.NONE : sign;
        }
    }

    /** A lane: entry or exit of a lot, driven by an adapter. */
    public record LaneConfig(String id, @Nullable String name, String lot, Lane.Direction direction,
            @Nullable AdapterKind adapter, @Nullable ModbusConfig modbus, @Nullable ScreenConfig screen) {

        public AdapterKind adapterKind() {
            return adapter == null ? AdapterKind.SIMULATOR : adapter;
        }

        public LaneScreenSettings screenSettings() {
            return (screen == null ? ScreenConfig.NONE : screen).settings(id);
        }
    }

    /**
     * A lane's LED text screen ({@code parkgate.lanes[N].screen}): {@code kind} none (default),
     * led-serial (its own serial {@code port}, 9600 baud by default) or led-via-camera (on the
     * lane's Vzenith camera); bus {@code address} 0 by default; {@code language} zh (default) or
     * en; {@code pay-screen} true when it can show a QR code with the amount; {@code ack-timeout}
     * for its answer to a text, 300 ms by default.
     */
    public record ScreenConfig(@Nullable LaneScreenKind kind, @Nullable String port, @Nullable Integer baud,
            @Nullable Integer address, @Nullable String language, @Nullable Boolean payScreen,
            @Nullable Duration ackTimeout) {

        static final ScreenConfig NONE = new ScreenConfig(null, null, null, null, null, null, null);

        LaneScreenSettings settings(String laneId) {
            if (language != null && !language.equals("zh") && !language.equals("en")) {
                throw new IllegalStateException("parkgate.lanes: lane " + laneId + ": screen.language is zh or en, not "
                        + language);
            }
            Locale locale = "en".equals(language) ? Translations.ENGLISH : Translations.CHINESE;
            return new LaneScreenSettings(laneId, kind == null ? LaneScreenKind.NONE : kind, port == null ? "" : port,
                    baud == null ? 9600 : baud, address == null ? 0 : address, locale, Boolean.TRUE.equals(payScreen),
                    ackTimeout == null ? Duration.ofMillis(300) : ackTimeout);
        }
    }

    /**
     * A lane's relay board: defaults fit the common 8-channel boards (9600 baud, unit 1, coil 0 opens,
     * coil 1 closes, input 0 arm up, input 1 loop, 500 ms pulse, 6 s for the arm to rise).
     */
    public record ModbusConfig(String port, @Nullable Integer baud, @Nullable Integer unit, @Nullable Integer openCoil,
            @Nullable Integer closeCoil, @Nullable Integer armInput, @Nullable Integer loopInput,
            @Nullable Integer pulseMs, @Nullable Integer armUpTimeoutMs) {

        public ModbusSettings settings() {
            return new ModbusSettings(port, or(baud, 9600), or(unit, 1), or(openCoil, 0), or(closeCoil, 1),
                    or(armInput, 0), or(loopInput, 1), or(pulseMs, 500), or(armUpTimeoutMs, 6000));
        }

        private static int or(@Nullable Integer value, int fallback) {
            return value == null ? fallback : value;
        }
    }
}
