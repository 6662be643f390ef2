package org.parkgate.simulator.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;
import org.parkgate.gate.DisplayMessage;
import org.parkgate.simulator.SimulatedSign;

/** A lot's simulated free-space sign drawn live: the lines ParkGate sends it. */
class FreeSpaceSignPanel extends VerticalLayout {

    private final SimulatedSign sign;
    final Div display = new Div();
    private Consumer<DisplayMessage> listener;

    FreeSpaceSignPanel(String lotId, String lotName, SimulatedSign sign) {
        this.sign = sign;
        addClassName("parkgate-lane-card");
        setWidth("24em");
        display.addClassNames("parkgate-lane-display", "parkgate-sim-sign");
        display.setId("sim-sign-" + lotId);
        add(new H3(getTranslation("simulator.sign", lotName)), display);
        show(sign.shown());
    }

    private void show(DisplayMessage message) {
        display.removeAll();
        message.lines().forEach(line -> display.add(new Div(line)));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        listener = message -> ui.access(() -> show(message));
        sign.addListener(listener);
        show(sign.shown());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        sign.removeListener(listener);
    }
}
