package org.parkgate.lane.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.gate.GateHealth;
import org.parkgate.gate.GateState;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.SiteLane;

/** One lane as the guard sees it, live: barrier, loop, display, alarms, and opening by hand. */
class LaneCard extends VerticalLayout {

    private final SiteLane lane;
    final Span barrier = new Span();
    final Span loop = new Span();
    final Div display = new Div();
    final Span health = new Span();
    private Consumer<GateState> listener;

    private final CameraWatch cameras;

    LaneCard(SiteLane lane, LaneController lanes, CameraWatch cameras) {
        this.lane = lane;
        this.cameras = cameras;
        addClassName("parkgate-lane-card");
        setWidth("22em");
        setSpacing(false);
        barrier.setId("lane-barrier-" + lane.id());
        display.setId("lane-display-" + lane.id());
        display.addClassName("parkgate-lane-display");
        health.setId("lane-health-" + lane.id());
        var open = new Button(getTranslation("lanes.open-by-hand"), click -> openByHand(lanes));
        open.setId("lane-open-" + lane.id());
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H3(lane.name()), new Span(getTranslation("lanes.direction." + lane.lane().direction().name()) + " · "
                + lane.lane().lot().id()), barrier, loop, display, health, open);
        show(lane.gate().state());
    }

    private void openByHand(LaneController lanes) {
        var plate = new TextField(getTranslation("vehicle.plate"));
        plate.setId("open-plate");
        var reason = new TextField(getTranslation("lanes.open-reason"));
        reason.setId("open-reason");
        reason.setRequired(true);
        new FormDialog(getTranslation("lanes.open-title", lane.name()), new FormLayout(plate, reason),
                () -> lanes.openByHand(lane.id(), plate.getValue(), reason.getValue()),
                () -> Notifications.success(getTranslation("lanes.opened", lane.name()))).open();
    }

    void show(GateState state) {
        barrier.setText(getTranslation("lanes.barrier") + ": " + getTranslation("lanes.barrier." + state.barrier().name()));
        loop.setText(getTranslation(state.vehiclePresent() ? "lanes.vehicle-present" : "lanes.loop-clear"));
        display.removeAll();
        state.display().lines().forEach(line -> display.add(new Div(line)));
        java.time.Instant silent = cameras.silentSince(lane.id());
        health.setText(getTranslation("lanes.health." + state.health().name())
                + (state.alarm() == null ? "" : " · " + getTranslation(state.alarm()))
                + (silent == null ? "" : " · " + getTranslation("lanes.camera-silent")));
        health.getStyle().set("color", state.health() == GateHealth.ONLINE && state.alarm() == null && silent == null
                ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        listener = state -> ui.access(() -> show(state));
        lane.gate().addListener(listener);
        show(lane.gate().state());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        lane.gate().removeListener(listener);
    }
}
