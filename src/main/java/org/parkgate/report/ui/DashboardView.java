package org.parkgate.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.parkgate.base.ChartImages;
import org.parkgate.base.Money;
import org.parkgate.base.ui.DateTimes;
import org.parkgate.occupancy.HourlyCount;
import org.parkgate.occupancy.OccupancyHistory;
import org.parkgate.lane.LaneEvents;
import org.parkgate.lane.PassageSnapshots;
import org.parkgate.lane.Site;
import org.parkgate.lane.SnapshotDiskUse;
import org.parkgate.report.ChartKind;
import org.parkgate.report.DashboardCharts;
import org.parkgate.report.DashboardFigures;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.slf4j.LoggerFactory;

/**
 * The manager's view of the business now: occupancy per lot, entries and exits today, money this
 * month against last, arrears by stage, lanes that need attention, the pictures' disk use (a warning at
 * 90 % of their budget); refreshed on every passage and
 * every half minute. Below, the charts, each downloadable as SVG and PNG.
 */
@Route("dashboard")
@RolesAllowed({Role.Names.ADMIN, Role.Names.MANAGER})
@Menu(order = 500, title = "menu.dashboard", icon = "vaadin:dashboard")
final class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final int WIDTH = 900;
    static final int HEIGHT = 320;
    private static final Logger log = LoggerFactory.getLogger(DashboardView.class);

    private final DashboardFigures figures;
    private final DashboardCharts charts;
    private final LaneEvents events;
    private final Clock clock;
    private final PassageSnapshots snapshots;
    final FlexLayout cards = new FlexLayout();
    private Runnable stopWatching = () -> { };
    private volatile long lastShown = System.nanoTime();

    DashboardView(DashboardFigures figures, DashboardCharts charts, LaneEvents events, Site site,
            OccupancyHistory occupancy, Clock clock, PassageSnapshots snapshots) {
        this.figures = figures;
        this.snapshots = snapshots;
        this.clock = clock;
        this.charts = charts;
        this.events = events;
        addClassName("parkgate-view");
        cards.setId("dashboard-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(cards);
        showFigures();
        for (var lot : site.lots()) {
            add(chart(ChartKind.OCCUPANCY_DAY, lot.id()), hourByHour(occupancy.today(lot.id()), lot.id()),
                    chart(ChartKind.OCCUPANCY_WEEK, lot.id()), chart(ChartKind.FORECAST, lot.id()));
        }
        for (ChartKind kind : new ChartKind[] {ChartKind.ENTRIES_EXITS, ChartKind.REVENUE, ChartKind.ARREARS_AGING,
                ChartKind.DENIALS}) {
            add(chart(kind, ""));
        }
    }

    void showFigures() {
        DashboardFigures.Figures now = figures.now();
        cards.removeAll();
        for (DashboardFigures.LotNow lot : now.lots()) {
            cards.add(card("dashboard-lot-" + lot.id(), lot.name(), getTranslation("occupancy.now", lot.inside(),
                    lot.capacity(), Math.max(0, lot.capacity() - lot.inside()))));
        }
        cards.add(card("dashboard-passages", getTranslation("dashboard.today"),
                getTranslation("dashboard.entries-exits", now.entriesToday(), now.exitsToday())));
        cards.add(card("dashboard-revenue", getTranslation("dashboard.revenue"),
                getTranslation("dashboard.revenue.compare", Money.yuan(now.revenueThisMonth()),
                        Money.yuan(now.revenueLastMonth()))));
        String stages = now.arrears().stream().map(s -> getTranslation("arrears.stage." + s.stage().name()) + " "
                + s.owners()).collect(Collectors.joining(", "));
        cards.add(card("dashboard-arrears", getTranslation("dashboard.arrears"),
                getTranslation("dashboard.arrears.total", Money.yuan(now.arrearsTotal()), stages)));
        String lanes = now.alarms().isEmpty() ? getTranslation("dashboard.lanes.ok")
                : now.alarms().stream().map(a -> a.laneName() + ": " + (a.alarm() != null ? getTranslation(a.alarm())
                        : getTranslation("lanes.health." + a.health().name()))).collect(Collectors.joining("; "));
        cards.add(card("dashboard-alarms", getTranslation("dashboard.lanes"), lanes));
        SnapshotDiskUse pictures = snapshots.diskUse();
        Div disk = card("dashboard-pictures", getTranslation("dashboard.pictures"), getTranslation("dashboard.pictures.use",
                gigabytes(pictures.usedBytes()), gigabytes(pictures.budgetBytes()),
                pictures.budgetBytes() == 0 ? 100 : pictures.usedBytes() * 100 / pictures.budgetBytes()));
        if (pictures.nearlyFull()) {
            var warning = new Span(getTranslation("dashboard.pictures.nearly-full"));
            warning.setId("dashboard-pictures-warning");
            warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            disk.add(new Div(warning));
        }
        cards.add(disk);
    }

    private static String gigabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_000_000_000.0);
    }

    /** The count at the end of each hour today, to read "how full at 9 pm" exactly. */
    private Details hourByHour(List<HourlyCount> counts, String lotId) {
        var grid = new Grid<HourlyCount>();
        grid.setId("occupancy-hours-" + lotId);
        grid.addColumn(count -> DateTimes.format(count.at(), clock).substring(11, 16))
                .setHeader(getTranslation("occupancy.time"));
        grid.addColumn(HourlyCount::inside).setHeader(getTranslation("occupancy.inside"));
        grid.setItems(counts);
        grid.setAllRowsVisible(true);
        grid.setWidth("20em");
        return new Details(getTranslation("dashboard.hour-by-hour"), grid);
    }

    private static Div card(String id, String title, String value) {
        var heading = new Span(title);
        heading.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var figure = new Span(value);
        figure.addClassName("parkgate-dashboard-figure");
        figure.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        var card = new Div(heading, new Div(figure));
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "14em");
        return card;
    }

    private Component chart(ChartKind kind, String lotId) {
        String id = "chart-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + (lotId.isEmpty() ? "" : "-" + lotId);
        Locale locale = getLocale();
        try {
            var svg = new Html("<div>" + ChartImages.svg(charts.chart(kind, lotId, locale), WIDTH, HEIGHT) + "</div>");
            svg.setId(id);
            var downloads = new HorizontalLayout(download(kind, lotId, locale, id, "svg"),
                    download(kind, lotId, locale, id, "png"));
            return new VerticalLayout(new H3(getTranslation("dashboard.chart." + kind.name())), svg, downloads);
        } catch (RuntimeException | Error chartFailed) { // the figures still show
            log.warn("Chart {} could not be drawn: {}", kind, chartFailed.toString());
            return new Paragraph(getTranslation("occupancy.no-chart"));
        }
    }

    private Anchor download(ChartKind kind, String lotId, Locale locale, String id, String format) {
        var anchor = new Anchor((DownloadEvent event) -> {
            event.setFileName(id + "." + format);
            event.setContentType(format.equals("svg") ? "image/svg+xml" : "image/png");
            JFreeChart chart = charts.chart(kind, lotId, locale);
            try (OutputStream out = event.getOutputStream()) {
                if (format.equals("svg")) {
                    out.write(ChartImages.svg(chart, WIDTH, HEIGHT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    ChartImages.png(chart, WIDTH, HEIGHT, out);
                }
            }
        }, getTranslation("dashboard.download." + format));
        anchor.setId(id + "-" + format);
        return anchor;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        // the lanes tell from their own threads: show the figures as the signed-in user, at most every 2 s
        SecurityContext user = SecurityContextHolder.getContext();
        stopWatching = events.watch(passage -> {
            long now = System.nanoTime();
            if (now - lastShown > 2_000_000_000L) {
                lastShown = now;
                ui.access(() -> new DelegatingSecurityContextRunnable(this::showFigures, user).run());
            }
        });
        ui.setPollInterval(30_000);
        var polling = ui.addPollListener(poll -> showFigures());
        Runnable stopLanes = stopWatching;
        stopWatching = () -> {
            stopLanes.run();
            polling.remove();
            ui.setPollInterval(-1);
        };
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopWatching.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
