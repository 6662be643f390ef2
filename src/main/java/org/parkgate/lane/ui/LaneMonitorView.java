package org.parkgate.lane.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.access.Lot;
import org.parkgate.base.ui.FormDialog;
import org.parkgate.base.ui.Notifications;
import org.parkgate.lane.BoothCash;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.LaneController;
import org.parkgate.lane.LaneEvents;
import org.parkgate.lane.Passage;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.ReleaseReasons;
import org.parkgate.lane.Site;
import org.parkgate.lane.Visitors;
import org.parkgate.security.Role;

/**
 * The guard's page: every lane live (barrier, loop, display, alarms, the latest decision, a
 * refusal standing out and, if the guard wants, beeping) with plate correction and opening by
 * hand, how full each lot is, and the latest passages as they happen.
 */
@Route("lanes")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
@Menu(order = 100, title = "menu.lanes", icon = "vaadin:road-branches")
final class LaneMonitorView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 30;

    private final LaneEvents events;
    private final Site site;
    final Span occupancy = new Span();
    final Span recordsAlarm = new Span();
    private final LaneController lanes;
    private final Clock clock;
    final Grid<Passage> passages = new Grid<>();
    /** Whether a refusal beeps in this tab (off until the guard turns it on: browsers allow sound after a click). */
    final Checkbox sound = new Checkbox();
    private final Map<String, LaneCard> laneCards = new HashMap<>();
    private final List<Passage> latest;
    private Runnable stopWatching = () -> { };

    LaneMonitorView(Site site, LaneController lanes, ReleaseReasons reasons, LaneEvents events, CameraWatch cameras,
            BoothCash booth, Visitors visitors, Clock clock, PassageSnapshots snapshots) {
        this.events = events;
        this.site = site;
        this.lanes = lanes;
        this.clock = clock;
        recordsAlarm.setId("lanes-records-alarm");
        recordsAlarm.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        showRecordsAlarm();
        addClassName("parkgate-view");
        setSizeFull();
        occupancy.setId("lanes-occupancy");
        var cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        site.lanes().forEach(lane -> {
            var card = new LaneCard(lane, site.lotName(lane.lane().lot().id()), lanes, reasons, cameras, booth,
                    visitors, clock);
            laneCards.put(lane.id(), card);
            cards.add(card);
        });
        if (site.lanes().isEmpty()) {
            cards.add(new Span(getTranslation("lanes.none")));
        }
        passages.setId("lanes-passages");
        PassageColumns.addTo(passages, clock, site, snapshots);
        latest = new ArrayList<>(lanes.latestPassages(null, SHOWN));
        passages.setItems(latest);
        showOccupancy();
        var keepOpen = new HorizontalLayout();
        site.lots().forEach(lot -> keepOpen.add(keepOpenButton(lot.id(), lanes)));
        sound.setId("lanes-sound");
        sound.setLabel(getTranslation("lanes.sound-on-refusal"));
        keepOpen.add(sound);
        keepOpen.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(recordsAlarm, occupancy, keepOpen, cards, passages);
        expand(passages);
    }

    private Button keepOpenButton(String lotId, LaneController lanes) {
        var button = new Button();
        button.setId("keep-open-" + lotId);
        Runnable label = () -> button.setText(getTranslation(lanes.keptOpen(lotId) ? "lanes.keep-open-end"
                : "lanes.keep-open", site.lotName(lotId)));
        label.run();
        button.addClickListener(click -> {
            boolean on = !lanes.keptOpen(lotId);
            var reason = new TextField(getTranslation("lanes.open-reason"));
            reason.setId("keep-open-reason");
            new FormDialog(getTranslation("lanes.keep-open-title", site.lotName(lotId)),
                    new FormLayout(reason),
                    () -> lanes.keepOpen(lotId, on, reason.getValue()), () -> {
                        label.run();
                        Notifications.success(getTranslation(on ? "lanes.kept-open"
                                : "lanes.back-to-normal", site.lotName(lotId)));
                    }).open();
        });
        return button;
    }

    private void showOccupancy() {
        List<String> parts = new ArrayList<>();
        for (Lot lot : site.lots()) {
            parts.add(getTranslation("lanes.occupancy", site.lotName(lot.id()), lot.inside(), lot.capacity(),
                    Math.max(0, lot.capacity() - lot.inside())));
        }
        occupancy.setText(String.join("  ·  ", parts));
    }

    /** Said at the top while passages cannot be stored: every lane then keeps its barrier down. */
    void showRecordsAlarm() {
        java.time.Instant failing = lanes.passagesFailingSince();
        recordsAlarm.setVisible(failing != null);
        recordsAlarm.setText(failing == null ? "" : getTranslation("lanes.records-failing",
                org.parkgate.base.ui.DateTimes.format(failing, clock)));
    }

    void arrived(Passage passage) {
        showRecordsAlarm();
        LaneCard card = laneCards.get(passage.laneId());
        if (card != null) {
            card.decided(passage);
        }
        if (!passage.opened() && sound.getValue()) {
            // a short tone, made in the page: no sound file to load
            getElement().executeJs("""
                    const a = new (window.AudioContext || window.webkitAudioContext)();
                    const o = a.createOscillator(); o.frequency.value = 880; o.connect(a.destination);
                    o.start(); o.stop(a.currentTime + 0.25);""");
        }
        latest.addFirst(passage);
        if (latest.size() > SHOWN) {
            latest.removeLast();
        }
        passages.getDataProvider().refreshAll();
        showOccupancy();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        Runnable stopPassages = events.watch(passage -> ui.access(() -> arrived(passage)));
        java.util.function.Consumer<org.parkgate.gate.GateState> gateChanged = state -> ui.access(this::showRecordsAlarm);
        site.lanes().forEach(lane -> lane.gate().addListener(gateChanged));
        stopWatching = () -> {
            stopPassages.run();
            site.lanes().forEach(lane -> lane.gate().removeListener(gateChanged));
        };
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopWatching.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lanes.title");
    }
}
