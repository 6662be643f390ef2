package org.parkgate.simulator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parkgate.gate.led.LedScreens;
import org.parkgate.lane.Site;
import org.parkgate.security.Role;
import org.parkgate.simulator.SimulatedSign;
import org.parkgate.simulator.SimulatedSignProvider;
import org.parkgate.simulator.TrafficMix;
import org.parkgate.simulator.TrafficRunner;
import org.parkgate.simulator.VirtualTraffic;

/**
 * The gate simulator: every simulated lane and lot sign drawn live, a plate driven in by hand, and random
 * traffic with a chosen mix of paid, overdue, visitor and unreadable plates.
 */
@Route("simulator")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
@Menu(order = 103, title = "menu.simulator", icon = "vaadin:car")
final class GateSimulatorView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField perMinute = share("simulator.per-minute", 6);
    final IntegerField paid = share("simulator.mix.paid", 5);
    final IntegerField overdue = share("simulator.mix.overdue", 2);
    final IntegerField visitors = share("simulator.mix.visitors", 2);
    final IntegerField unknown = share("simulator.mix.unknown", 1);
    final Span status = new Span();

    GateSimulatorView(Site site, VirtualTraffic traffic, TrafficRunner runner, SimulatedSignProvider signs,
            LedScreens screens) {
        addClassName("parkgate-view");
        var lanes = new FlexLayout();
        lanes.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        lanes.getStyle().set("gap", "var(--lumo-space-m)");
        site.lanes().stream().filter(lane -> traffic.simulated(lane.id()))
                .forEach(lane -> lanes.add(new SimulatedLanePanel(lane, traffic, screens)));
        if (lanes.getComponentCount() == 0) {
            lanes.add(new Span(getTranslation("simulator.none")));
        }
        site.lots().forEach(lot -> {
            SimulatedSign sign = signs.lotSign(lot.id());
            if (sign != null) {
                lanes.add(new FreeSpaceSignPanel(lot.id(), site.lotName(lot.id()), sign));
            }
        });
        var start = new Button(getTranslation("simulator.start"), click -> {
            try {
                runner.start(value(perMinute), new TrafficMix(value(paid), value(overdue), value(visitors),
                        value(unknown)));
            } catch (IllegalArgumentException bad) {
                status.setText(getTranslation("simulator.bad-traffic"));
                return;
            }
            showStatus(runner);
        });
        start.setId("sim-traffic-start");
        var stop = new Button(getTranslation("simulator.stop"), click -> {
            runner.stop();
            showStatus(runner);
        });
        stop.setId("sim-traffic-stop");
        status.setId("sim-traffic-status");
        var controls = new HorizontalLayout(perMinute, paid, overdue, visitors, unknown, start, stop);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        showStatus(runner);
        add(lanes, new H3(getTranslation("simulator.traffic")), controls, status);
    }

    private IntegerField share(String labelKey, int value) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setValue(value);
        field.setMin(0);
        field.setWidth("8em");
        field.setId(labelKey.replace('.', '-'));
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    private void showStatus(TrafficRunner runner) {
        status.setText(getTranslation(runner.running() ? "simulator.running" : "simulator.stopped"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simulator.title");
    }
}
