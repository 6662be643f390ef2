package org.parkgate.lane;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Lane;
import org.parkgate.access.Lot;
import org.parkgate.base.LotNames;
import org.parkgate.gate.AdapterKind;
import org.parkgate.gate.DisplayAdapter;
import org.parkgate.gate.DisplayAdapterProvider;
import org.parkgate.gate.DisplayKind;
import org.parkgate.gate.DisplaySettings;
import org.parkgate.gate.GateAdapter;
import org.parkgate.gate.GateAdapterProvider;
import org.parkgate.gate.GateSettings;
import org.parkgate.gate.LaneScreenKind;
import org.parkgate.gate.LaneScreenSettings;
import org.parkgate.gate.led.LedScreens;
import org.parkgate.lot.LotRulesService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The site as configured: lots with their live counters and the rules their offices set
 * ({@link LotRulesService}), lanes with their adapters. Built at start-up; a configuration mistake
 * (duplicate id, unknown lot, missing Modbus port) stops ParkGate with a message that names it.
 */
@Component
public class Site implements LotNames, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Site.class);

    private final Map<String, Lot> lots = new LinkedHashMap<>();
    private final Map<String, LaneTopology.LotConfig> lotConfigs = new LinkedHashMap<>();
    private final Map<String, SiteLane> lanes = new LinkedHashMap<>();
    private final Map<String, DisplayAdapter> signs = new LinkedHashMap<>();

    Site(LaneTopology topology, List<GateAdapterProvider> providers, List<DisplayAdapterProvider> displays,
            LotRulesService rules, LedScreens screens) {
        for (LaneTopology.LotConfig lot : topology.lots()) {
            require(lot.id() != null && !lot.id().isBlank(), "parkgate.lots: every lot needs an id");
            require(lot.capacity() > 0, "parkgate.lots: lot " + lot.id() + " needs a capacity above 0");
            require(!lots.containsKey(lot.id()), "parkgate.lots: lot id " + lot.id() + " is used twice");
            lots.put(lot.id(), rules.open(lot.id(), lot.capacity())); // with its stored rules, before any lane
            lotConfigs.put(lot.id(), lot);
            if (lot.signKind() != DisplayKind.NONE) {
                signs.put(lot.id(), displays.stream().filter(p -> p.kind() == lot.signKind()).findFirst()
                        .map(p -> p.create(DisplaySettings.lotSign(lot.id(), lot.signKind())))
                        .orElseThrow(() -> new IllegalStateException("parkgate.lots: no display for " + lot.signKind())));
            }
        }
        Set<String> ids = new HashSet<>();
        for (LaneTopology.LaneConfig lane : topology.lanes()) {
            require(lane.id() != null && !lane.id().isBlank(), "parkgate.lanes: every lane needs an id");
            require(ids.add(lane.id()), "parkgate.lanes: lane id " + lane.id() + " is used twice");
            Lot lot = lots.get(lane.lot());
            require(lot != null, "parkgate.lanes: lane " + lane.id() + " names lot " + lane.lot()
                    + ", which parkgate.lots does not have");
            require(lane.direction() != null, "parkgate.lanes: lane " + lane.id() + " needs a direction, IN or OUT");
            require(lane.adapterKind() != AdapterKind.MODBUS || lane.modbus() != null && lane.modbus().port() != null,
                    "parkgate.lanes: MODBUS lane " + lane.id() + " needs modbus.port");
            GateAdapter gate = providers.stream().filter(p -> p.kind() == lane.adapterKind()).findFirst()
                    .map(p -> p.create(new GateSettings(lane.id(), lane.adapterKind(),
                            lane.modbus() == null ? null : lane.modbus().settings())))
                    .orElseThrow(() -> new IllegalStateException("parkgate.lanes: no adapter for " + lane.adapterKind()));
            LaneScreenSettings screen = lane.screenSettings();
            require(screen.kind() != LaneScreenKind.LED_SERIAL || !screen.port().isBlank(),
                    "parkgate.lanes: lane " + lane.id() + " has a led-serial screen and needs screen.port");
            require(screen.kind() != LaneScreenKind.LED_SERIAL || topology.lanes().stream().noneMatch(other ->
                            other.modbus() != null && screen.port().equals(other.modbus().port())),
                    "parkgate.lanes: lane " + lane.id() + "'s screen port " + screen.port()
                            + " is a relay board's port; a led-serial screen needs a port of its own");
            lanes.put(lane.id(), new SiteLane(lane, new Lane(lane.id(), lot, lane.direction()),
                    screens.attach(screen, gate)));
        }
        log.info("Site: {} lots, {} lanes", lots.size(), lanes.size());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    public @Nullable SiteLane lane(String id) {
        return lanes.get(id);
    }

    public Collection<SiteLane> lanes() {
        return lanes.values();
    }

    public Collection<Lot> lots() {
        return lots.values();
    }

    /** The lot's free-space sign ({@code parkgate.lots[N].sign}), or null when it has none. */
    public @Nullable DisplayAdapter sign(String lotId) {
        return signs.get(lotId);
    }

    /** The lane's name ({@code parkgate.lanes[N].name}), or its id when it has none or is gone. */
    public String laneName(String laneId) {
        SiteLane lane = lanes.get(laneId);
        return lane == null ? laneId : lane.name();
    }

    @Override
    public String lotName(String lotId) {
        LaneTopology.LotConfig config = lotConfigs.get(lotId);
        return config == null || config.name() == null ? lotId : config.name();
    }

    @Override
    public List<String> lotIds() {
        return List.copyOf(lots.keySet());
    }

    @Override
    public void close() {
        lanes.values().forEach(lane -> lane.gate().close());
        signs.values().forEach(DisplayAdapter::close);
    }
}
