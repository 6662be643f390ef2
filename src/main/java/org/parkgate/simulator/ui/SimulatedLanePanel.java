package org.parkgate.simulator.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.parkgate.base.ui.Notifications;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.GateState;
import org.parkgate.gate.QrCodes;
import org.parkgate.gate.led.LedScreens;
import org.parkgate.gate.led.ScreenShown;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.SiteLane;
import org.parkgate.simulator.SimulatedGate;
import org.parkgate.simulator.VirtualTraffic;

/** One simulated lane drawn: the arm, a car on the loop, the display; drive a plate in or away. */
class SimulatedLanePanel extends VerticalLayout {

    private final SimulatedGate gate;
    private final String gateId;
    private final LedScreens screens;
    /** The lane's LED screen as its frames draw it (lanes with {@code screen.kind} only). */
    final Div led = new Div();
    final Div arm = new Div();
    final Div car = new Div(); // drawn by CSS: no emoji font needed on the guard's PC
    final Div display = new Div();
    final TextField plate = new TextField();
    final Div qr = new Div();
    final Span answer = new Span();
    private Consumer<GateState> listener;
    /** Whether the answer shown is a refusal: when the barrier opens after all (paid, by hand), it says so. */
    private boolean refused;

    SimulatedLanePanel(SiteLane lane, VirtualTraffic traffic, LedScreens screens) {
        this.gate = traffic.gate(lane.id());
        this.gateId = lane.id();
        this.screens = screens;
        addClassName("parkgate-lane-card");
        setWidth("24em");
        arm.addClassName("parkgate-sim-arm");
        arm.setId("sim-arm-" + lane.id());
        car.addClassName("parkgate-sim-car");
        var post = new Div();
        post.addClassName("parkgate-sim-post");
        var road = new Div(post, arm, car);
        road.addClassName("parkgate-sim-road");
        display.addClassName("parkgate-lane-display");
        display.setId("sim-display-" + lane.id());
        plate.setId("sim-plate-" + lane.id());
        plate.setPlaceholder(getTranslation("vehicle.plate"));
        plate.setWidth("9em");
        var drive = new Button(getTranslation("simulator.drive-in"), click -> Notifications.attempt(this, () -> {
            LaneAnswer result = traffic.arrive(lane.id(), plate.getValue());
            answer.setText(getTranslation("lanes.reason." + result.reason()));
            refused = !"OPEN".equals(result.decision());
        }));
        drive.setId("sim-drive-" + lane.id());
        drive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var leave = new Button(getTranslation("simulator.leave"), click -> traffic.leave(lane.id()));
        leave.setId("sim-leave-" + lane.id());
        answer.setId("sim-answer-" + lane.id());
        var controls = new HorizontalLayout(plate, drive, leave);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        qr.setId("sim-qr-" + lane.id());
        qr.addClassName("parkgate-sim-qr");
        led.addClassName("parkgate-lane-display"); // a dark panel like the lane display, in the screen's amber
        led.getStyle().set("color", "#fc3");
        led.setId("sim-led-" + lane.id());
        led.setVisible(screens.shown(lane.id()) != null);
        add(new H3(lane.name()), road, display, led, qr, controls, answer);
        show(gate.state());
    }

    void show(GateState state) {
        arm.getElement().setAttribute("data-state", state.barrier().name());
        arm.getElement().setAttribute("title", getTranslation("lanes.barrier." + state.barrier().name()));
        car.setVisible(state.vehiclePresent());
        if (refused && (state.barrier() == BarrierState.RISING || state.barrier() == BarrierState.OPEN)) {
            refused = false;
            answer.setText(getTranslation("simulator.opened-after-all"));
        }
        display.removeAll();
        state.display().lines().forEach(line -> display.add(new Div(line)));
        showScreen();
        qr.removeAll();
        if (state.display().qrPayload() != null) { // the code the lane shows; a click follows it like a phone
            var link = new Anchor(state.display().qrPayload(),
                    new Html(QrCodes.svg(state.display().qrPayload(), 160)));
            link.setTarget(AnchorTarget.BLANK);
            link.setId("sim-qr-link-" + gateId);
            link.setTitle(getTranslation("simulator.qr"));
            qr.add(link);
        }
    }

    /** The LED screen: its lines, or its pay screen's amount, and what it said, read from its frames. */
    private void showScreen() {
        ScreenShown shown = screens.shown(gateId);
        led.removeAll();
        if (shown == null) {
            return;
        }
        led.add(new Div(getTranslation("simulator.led-screen")));
        if (shown.payQr() != null) {
            led.add(new Div(getTranslation("simulator.led-pay", shown.payTenths() / 10.0)));
            led.add(new Div(shown.payText()));
        } else {
            shown.lines().stream().filter(line -> !line.isEmpty()).forEach(line -> led.add(new Div(line)));
        }
        shown.spoken().forEach(said -> led.add(new Div(getTranslation("simulator.led-says", said))));
        var frames = new Details(getTranslation("simulator.led-frames", shown.frames().size()),
                new Pre(String.join("\n", shown.frames())));
        frames.setId("sim-led-frames-" + gateId);
        led.add(frames);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        listener = state -> ui.access(() -> show(state));
        gate.addListener(listener);
        show(gate.state());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        gate.removeListener(listener);
    }
}
