package org.parkgate.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkgate.gate.GateHealth;
import org.parkgate.lane.Site;
import org.parkgate.lane.SiteLane;
import org.parkgate.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin looks at first: the health of ParkGate's parts (as {@code /actuator/health} has
 * it), lanes whose barrier does not answer, and reminders that could not be delivered lately.
 */
@Service
public class SystemStatus {

    /** How far back failed deliveries are counted. */
    public static final Duration FAILED_DELIVERIES_SINCE = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Site site;
    private final ObjectProvider<HealthEndpoint> health;
    private final Clock clock;

    SystemStatus(JdbcClient jdbc, Site site, ObjectProvider<HealthEndpoint> health, Clock clock) {
        this.jdbc = jdbc;
        this.site = site;
        this.health = health;
        this.clock = clock;
    }

    /** Each health component and its status (UP, DOWN, ...), by name. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    public Map<String, String> components() {
        Map<String, String> components = new TreeMap<>();
        HealthEndpoint endpoint = health.getIfAvailable();
        if (endpoint != null) {
            HealthDescriptor overall = endpoint.health();
            if (overall instanceof CompositeHealthDescriptor composite) {
                composite.getComponents().forEach((name, part) -> components.put(name, part.getStatus().getCode()));
            } else if (overall instanceof IndicatedHealthDescriptor single) {
                components.put("parkgate", single.getStatus().getCode());
            }
        }
        return components;
    }

    /** The names of the lanes whose barrier controller does not answer. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    public List<String> lanesOffline() {
        return site.lanes().stream().filter(lane -> lane.gate().state().health() == GateHealth.OFFLINE)
                .map(SiteLane::name).toList();
    }

    /** Reminders given up on (FAILED) within {@link #FAILED_DELIVERIES_SINCE}. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public int failedDeliveries() {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_message WHERE status = 'FAILED' AND created_at > ?")
                .param(Timestamp.from(clock.instant().minus(FAILED_DELIVERIES_SINCE))).query(Integer.class).single();
    }
}
