package org.parkgate.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.parkgate.report.SystemStatus;
import org.parkgate.security.Role;

/**
 * The admin's first page: which parts of ParkGate are up, which lanes do not answer, and how many
 * reminders could not be delivered this week, each with where to look next.
 */
@Route("system")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 900, title = "menu.system", icon = "vaadin:heart")
final class SystemStatusView extends VerticalLayout implements HasDynamicTitle {

    SystemStatusView(SystemStatus status) {
        addClassName("parkgate-view");
        add(new H3(getTranslation("system.components")));
        status.components().forEach((name, state) -> {
            var line = new Paragraph(getTranslation("system.component", part(name), getTranslation("system.state." + known(state))));
            line.setId("system-component-" + name);
            if (!"UP".equals(state)) {
                line.addClassName("parkgate-alarm");
            }
            add(line);
        });

        add(new H3(getTranslation("system.lanes")));
        List<String> offline = status.lanesOffline();
        var lanes = new Paragraph(offline.isEmpty() ? getTranslation("system.lanes-all-online")
                : getTranslation("system.lanes-offline", String.join(getTranslation("list.separator"), offline)));
        lanes.setId("system-lanes");
        if (!offline.isEmpty()) {
            lanes.addClassName("parkgate-alarm");
        }
        add(lanes, new Anchor("lanes", getTranslation("system.to-lanes")));

        add(new H3(getTranslation("system.deliveries")));
        int failed = status.failedDeliveries();
        var deliveries = new Span(getTranslation("system.failed-deliveries", failed));
        deliveries.setId("system-failed-deliveries");
        if (failed > 0) {
            deliveries.addClassName("parkgate-alarm");
        }
        add(new Paragraph(deliveries), new Anchor("delivery-log", getTranslation("system.to-delivery-log")));
    }

    /** Actuator statuses ParkGate has words for; anything else shows as unknown. */
    private static String known(String state) {
        return switch (state) {
            case "UP", "DOWN", "OUT_OF_SERVICE", "DEGRADED" -> state;
            default -> "UNKNOWN";
        };
    }

    /** The health components ParkGate has (README, "Install as a service"), in words; others by their name. */
    private String part(String name) {
        return switch (name) {
            case "database", "diskSpace", "lanes", "reminders", "webhooks" -> getTranslation("system.part." + name);
            default -> name;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.system");
    }
}
