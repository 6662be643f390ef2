package org.parkgate.lane.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Labels;
import org.parkgate.base.ui.Notifications;
import org.parkgate.gate.GateHealth;
import org.parkgate.gate.GateState;
import org.parkgate.lane.BoothCash;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.Passage;
import org.parkgate.lane.ReleaseReasons;
import org.parkgate.access.Reason;
import org.parkgate.lane.SiteLane;
import org.parkgate.lane.Visitors;

/**
 * One lane as the guard sees it, live: barrier, loop, display, alarms, the latest decision (a
 * refusal stands out, with its reason and amount), correcting a misread plate, taking the amount
 * due in cash at the booth (收费放行) and opening by hand.
 */
class LaneCard extends VerticalLayout {

    private final SiteLane lane;
    private final LaneController lanes;
    private final ReleaseReasons reasons;
    final Div last = new Div();
    final Button correct = new Button();
    private @Nullable Passage latest;
    final Span barrier = new Span();
    final Span loop = new Span();
    final Div display = new Div();
    final Span health = new Span();
    private Consumer<GateState> listener;

    private final CameraWatch cameras;
    private final BoothCash booth;
    private final Clock clock;
    /** 收费放行: shown while the latest passage is a refusal with an amount to pay. */
    final Button collect = new Button();

    private final Visitors visitors;

    LaneCard(SiteLane lane, String lotName, LaneController lanes, ReleaseReasons reasons, CameraWatch cameras,
            BoothCash booth, Visitors visitors, Clock clock) {
        this.lane = lane;
        this.visitors = visitors;
        this.lanes = lanes;
        this.reasons = reasons;
        this.cameras = cameras;
        this.booth = booth;
        this.clock = clock;
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
        var release = new Button(getTranslation("lanes.free-release"), click -> releaseFree());
        release.setId("lane-release-" + lane.id());
        last.setId("lane-last-" + lane.id());
        last.addClassName("parkgate-lane-last");
        correct.setText(getTranslation("lanes.correct-plate"));
        correct.setId("lane-correct-" + lane.id());
        correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
        correct.addClickListener(click -> correctPlate());
        correct.setVisible(false);
        collect.setText(getTranslation("lanes.collect"));
        collect.setId("lane-collect-" + lane.id());
        collect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        collect.addClickListener(click -> collectCash());
        collect.setVisible(false);
        add(new H3(lane.name()), new Span(getTranslation("lanes.direction." + lane.lane().direction().name()) + " · "
                + lotName), barrier, loop, display, last, correct, collect, health, new HorizontalLayout(open, release));
        show(lane.gate().state());
        Passage recorded = lanes.lastPassage(lane.id());
        if (recorded != null) {
            decided(recorded);
        }
    }

    /** The lane's latest passage: what was decided for whom, a refusal marked as such. */
    void decided(Passage passage) {
        latest = passage;
        String amount = passage.amountDue() > 0 ? " · " + getTranslation("lanes.last-due", Money.yuan(passage.amountDue()))
                : "";
        last.setText(passage.plate() + " · " + getTranslation("lanes.reason." + passage.reason()) + host(passage) + amount);
        last.getElement().getClassList().set("parkgate-refused", !passage.opened());
        correct.setVisible(!passage.manual());
        collect.setVisible(passage.payableAtBooth());
    }

    /** Whose visitor a registered visitor is: the guard sees "visitor of unit 3-1201". */
    private String host(Passage passage) {
        if (!Reason.OWNER_VISITOR.name().equals(passage.reason())) {
            return "";
        }
        return visitors.hostOf(passage.plate(), passage.lotId(), passage.decidedAt())
                .map(owner -> " · " + (owner.unit() == null ? getTranslation("lanes.visitor-of-owner", owner.name())
                        : getTranslation("lanes.visitor-of", owner.unit())))
                .orElse("");
    }

    /** 收费放行: the amount the refusal showed, taken in cash; the barrier opens; the receipt follows. */
    private void collectCash() {
        Passage refusal = latest;
        if (refusal != null && refusal.payableAtBooth()) {
            new BoothCashDialog(lane, refusal, booth, clock).open();
        }
    }

    /** 免费放行: for one of the office's reasons, the plate of the refused vehicle filled in. */
    private void releaseFree() {
        var plate = new TextField(getTranslation("vehicle.plate"));
        plate.setId("release-plate");
        if (latest != null && !latest.opened()) {
            plate.setValue(latest.plate());
        }
        var reason = new ComboBox<ReleaseReasons.ReleaseReason>(getTranslation("lanes.free-release.reason"));
        reason.setId("release-reason");
        reason.setItems(reasons.active());
        reason.setItemLabelGenerator(ReleaseReasons.ReleaseReason::name);
        reason.setRequired(true);
        var note = new TextField(getTranslation("lanes.free-release.note"));
        note.setId("release-note");
        new FormDialog(Labels.of(this, "lanes.free-release", lane.name()), new FormLayout(plate, reason, note),
                () -> lanes.releaseFree(lane.id(), plate.getValue(), reason.getValue() == null ? 0 : reason.getValue().id(),
                        note.getValue()),
                () -> Notifications.success(getTranslation("lanes.released", lane.name()))).open();
    }

    /** 车牌矫正: the guard types the plate as it really is; the lane decides again on it. */
    private void correctPlate() {
        Passage read = latest;
        if (read == null) {
            return;
        }
        var plate = new TextField(getTranslation("lanes.correct-plate.as-is"));
        plate.setId("correct-plate");
        plate.setHelperText(getTranslation("lanes.correct-plate.read", read.readAs()));
        new FormDialog(Labels.of(this, "lanes.correct-plate", lane.name()), new FormLayout(plate),
                () -> lanes.correctPlate(lane.id(), read.id(), plate.getValue()),
                () -> Notifications.success(getTranslation("lanes.corrected", lane.name()))).open();
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
        barrier.setText(Labels.of(this, "lanes.barrier", getTranslation("lanes.barrier." + state.barrier().name())));
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
