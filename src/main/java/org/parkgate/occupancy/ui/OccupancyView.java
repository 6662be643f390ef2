package org.parkgate.occupancy.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.parkgate.access.Lot;
import org.parkgate.lane.LaneEvents;
import org.parkgate.lane.Site;
import org.parkgate.occupancy.HourlyCount;
import org.parkgate.occupancy.OccupancyChart;
import org.parkgate.occupancy.OccupancyHistory;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How full each lot is: vehicles inside and free spaces, live, and charts of today by hour and of
 * the last 7 days (SVG drawn by JFreeChart; the browser draws the text).
 */
@Route("occupancy")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER, Role.Names.CASHIER, Role.Names.GUARD})
@Menu(order = 102, title = "menu.occupancy", icon = "vaadin:chart")
final class OccupancyView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(OccupancyView.class);

    private final Site site;
    private final LaneEvents events;
    final List<Span> counts = new ArrayList<>();
    private Runnable stopWatching = () -> { };

    OccupancyView(Site site, OccupancyHistory history, LaneEvents events, Clock clock) {
        this.site = site;
        this.events = events;
        addClassName("parkgate-view");
        if (site.lots().isEmpty()) {
            add(new Paragraph(getTranslation("lanes.none")));
        }
        for (Lot lot : site.lots()) {
            var count = new Span();
            count.setId("occupancy-" + lot.id());
            count.addClassName("parkgate-occupancy-count");
            counts.add(count);
            add(new H3(site.lotName(lot.id())), count,
                    chart(history.today(lot.id()), lot, "occupancy.today", clock),
                    chart(history.lastSevenDays(lot.id()), lot, "occupancy.week", clock));
        }
        showCounts();
    }

    private com.vaadin.flow.component.Component chart(List<HourlyCount> data, Lot lot, String titleKey, Clock clock) {
        try {
            var svg = new Html("<div>" + OccupancyChart.svg(data, lot.capacity(), getTranslation(titleKey),
                    getTranslation("occupancy.time"), getTranslation("occupancy.vehicles"),
                    getTranslation("occupancy.inside"), getTranslation("occupancy.capacity"),
                    getTranslation(titleKey.equals("occupancy.today") ? "chart.hour-pattern" : "chart.day-pattern"),
                    getLocale(), clock.getZone(), 900, 320)
                    + "</div>");
            svg.setId("chart-" + titleKey.substring("occupancy.".length()) + "-" + lot.id());
            return svg;
        } catch (RuntimeException | Error chartFailed) { // e.g. no fonts on a bare server: the numbers still show
            log.warn("Occupancy chart could not be drawn: {}", chartFailed.toString());
            return new Paragraph(getTranslation("occupancy.no-chart"));
        }
    }

    private void showCounts() {
        int i = 0;
        for (Lot lot : site.lots()) {
            counts.get(i++).setText(getTranslation("occupancy.now", lot.inside(), lot.capacity(),
                    Math.max(0, lot.capacity() - lot.inside())));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        stopWatching = events.watch(passage -> ui.access(this::showCounts));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopWatching.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("occupancy.title");
    }
}
