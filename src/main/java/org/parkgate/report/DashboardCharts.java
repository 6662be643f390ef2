package org.parkgate.report;

import java.awt.Color;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Hour;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.parkgate.access.Lot;
import org.parkgate.base.ChartAxes;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.Site;
import org.parkgate.occupancy.OccupancyChart;
import org.parkgate.occupancy.LotSpaces;
import org.parkgate.occupancy.OccupancyHistory;
import org.parkgate.occupancy.SpaceForecasts;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's charts with their labels in the reader's language, drawn by JFreeChart. */
@Service
public class DashboardCharts {

    private final JdbcClient jdbc;
    private final OccupancyHistory occupancy;
    private final DashboardFigures figures;
    private final Site site;
    private final Translations translations;
    private final Clock clock;

    private final SpaceForecasts forecasts;

    DashboardCharts(JdbcClient jdbc, OccupancyHistory occupancy, SpaceForecasts forecasts, DashboardFigures figures,
            Site site, Translations translations, Clock clock) {
        this.jdbc = jdbc;
        this.forecasts = forecasts;
        this.occupancy = occupancy;
        this.figures = figures;
        this.site = site;
        this.translations = translations;
        this.clock = clock;
    }

    /** The chart; {@code lotId} is for the occupancy charts (null: the first lot). */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public JFreeChart chart(ChartKind kind, String lotId, Locale locale) {
        return switch (kind) {
            case OCCUPANCY_DAY, OCCUPANCY_WEEK -> occupancy(kind, lotId, locale);
            case FORECAST -> forecast(lotId, locale);
            case ENTRIES_EXITS -> entriesAndExits(locale);
            case REVENUE -> revenue(locale);
            case ARREARS_AGING -> aging(locale);
            case DENIALS -> denials(locale);
        };
    }

    private JFreeChart occupancy(ChartKind kind, String lotId, Locale locale) {
        Lot lot = site.lots().stream().filter(l -> l.id().equals(lotId)).findFirst()
                .orElseThrow(() -> new ReportException("error.lot.unknown", lotId));
        var counts = kind == ChartKind.OCCUPANCY_DAY ? occupancy.today(lotId) : occupancy.lastSevenDays(lotId);
        return OccupancyChart.chart(counts, lot.capacity(),
                t(locale, kind == ChartKind.OCCUPANCY_DAY ? "occupancy.today" : "occupancy.week") + " - "
                        + site.lotName(lotId),
                t(locale, "occupancy.time"), t(locale, "occupancy.vehicles"), t(locale, "occupancy.inside"),
                t(locale, "occupancy.capacity"),
                t(locale, kind == ChartKind.OCCUPANCY_DAY ? "chart.hour-pattern" : "chart.day-pattern"), locale,
                clock.getZone());
    }

    /** Free spaces: forecast 12 hours ago against what happened, and the forecast from now on. */
    private JFreeChart forecast(String lotId, Locale locale) {
        if (site.lots().stream().noneMatch(l -> l.id().equals(lotId))) {
            throw new ReportException("error.lot.unknown", lotId);
        }
        SpaceForecasts.AgainstActual past = forecasts.againstActual(lotId);
        LotSpaces ahead = forecasts.now().stream().filter(l -> l.lot().equals(lotId)).findFirst().orElseThrow();
        var zone = java.util.TimeZone.getTimeZone(clock.getZone());
        var then = new TimeSeries(t(locale, "dashboard.forecast.then"));
        past.forecast().forEach(e -> then.addOrUpdate(hour(e.at(), zone), e.free()));
        var actual = new TimeSeries(t(locale, "dashboard.forecast.actual"));
        past.actual().forEach(c -> actual.addOrUpdate(hour(c.at(), zone), past.capacity() - c.inside()));
        var next = new TimeSeries(t(locale, "dashboard.forecast.next"));
        ahead.next().forEach(e -> next.addOrUpdate(hour(e.at(), zone), e.free()));
        var data = new TimeSeriesCollection(zone);
        data.addSeries(then);
        data.addSeries(actual);
        data.addSeries(next);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(t(locale, "dashboard.chart.FORECAST") + " - "
                + site.lotName(lotId), t(locale, "occupancy.time"), t(locale, "dashboard.forecast.free"), data, true,
                false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.getRenderer().setSeriesPaint(0, new Color(0xF0A000));
        plot.getRenderer().setSeriesPaint(1, new Color(0x1676F3));
        plot.getRenderer().setSeriesPaint(2, new Color(0x2BA84A));
        ChartAxes.dates((DateAxis) plot.getDomainAxis(), t(locale, "chart.hour-pattern"), locale, clock.getZone());
        plot.setRangeAxis(ChartAxes.counts(plot.getRangeAxis()));
        return chart;
    }

    private static Hour hour(Instant at, java.util.TimeZone zone) {
        return new Hour(java.util.Date.from(at.minusSeconds(1)), zone, Locale.ROOT);
    }

    private JFreeChart entriesAndExits(Locale locale) {
        LocalDate today = LocalDate.now(clock);
        long[][] perHour = new long[2][24];
        jdbc.sql("SELECT direction, decided_at FROM passage WHERE opened AND decided_at >= ? AND decided_at < ?")
                .params(Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant()),
                        Timestamp.from(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query(rs -> {
                    Instant at = rs.getTimestamp(2).toInstant();
                    perHour["IN".equals(rs.getString(1)) ? 0 : 1][at.atZone(clock.getZone()).getHour()]++;
                });
        var data = new DefaultCategoryDataset();
        for (int hour = 0; hour < 24; hour++) {
            data.addValue(perHour[0][hour], t(locale, "dashboard.entries"), String.format("%02d", hour));
            data.addValue(perHour[1][hour], t(locale, "dashboard.exits"), String.format("%02d", hour));
        }
        return bars(t(locale, "dashboard.chart.ENTRIES_EXITS"), t(locale, "occupancy.time"),
                t(locale, "occupancy.vehicles"), data, true, ChartAxes::counts);
    }

    private JFreeChart revenue(Locale locale) {
        var data = new DefaultCategoryDataset();
        YearMonth now = YearMonth.now(clock);
        var label = DateTimeFormatter.ofPattern(t(locale, "chart.month-pattern"), locale);
        for (int i = 11; i >= 0; i--) {
            YearMonth month = now.minusMonths(i);
            data.addValue(Money.decimal(figures.revenue(month)), t(locale, "dashboard.revenue"), label.format(month));
        }
        // refunds may outweigh a month's payments: this axis may go below zero
        return bars(t(locale, "dashboard.chart.REVENUE"), t(locale, "reports.month"), t(locale, "report.amount"),
                data, false, ChartAxes::withZero);
    }

    private JFreeChart aging(Locale locale) {
        var data = new DefaultCategoryDataset();
        jdbc.sql("""
                        SELECT COALESCE(SUM(aged_0_30), 0), COALESCE(SUM(aged_31_60), 0), COALESCE(SUM(aged_61_90), 0),
                               COALESCE(SUM(aged_90_plus), 0) FROM owner_arrears""")
                .query(rs -> {
                    String series = t(locale, "arrears.amount");
                    data.addValue(Money.decimal(rs.getLong(1)), series, t(locale, "arrears.aged.0-30"));
                    data.addValue(Money.decimal(rs.getLong(2)), series, t(locale, "arrears.aged.31-60"));
                    data.addValue(Money.decimal(rs.getLong(3)), series, t(locale, "arrears.aged.61-90"));
                    data.addValue(Money.decimal(rs.getLong(4)), series, t(locale, "arrears.aged.90-plus"));
                });
        return bars(t(locale, "dashboard.chart.ARREARS_AGING"), t(locale, "dashboard.age"),
                t(locale, "report.amount"), data, false, ChartAxes::fromZero);
    }

    private JFreeChart denials(Locale locale) {
        YearMonth month = YearMonth.now(clock);
        var data = new DefaultCategoryDataset();
        jdbc.sql("""
                        SELECT reason, COUNT(*) FROM passage WHERE NOT opened AND decided_at >= ? AND decided_at < ?
                        GROUP BY reason ORDER BY COUNT(*) DESC, reason""")
                .params(Timestamp.from(month.atDay(1).atStartOfDay(clock.getZone()).toInstant()),
                        Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant()))
                .query(rs -> {
                    data.addValue(rs.getLong(2), t(locale, "report.count"), t(locale, "lanes.reason." + rs.getString(1)));
                });
        return bars(t(locale, "dashboard.chart.DENIALS"), t(locale, "report.lanes.reason"),
                t(locale, "report.count"), data, false, ChartAxes::counts);
    }

    /** A bar chart whose value axis {@code valueAxis} makes from the default one (see {@link ChartAxes}). */
    private static JFreeChart bars(String title, String categoryLabel, String valueLabel,
            DefaultCategoryDataset data, boolean legend, UnaryOperator<ValueAxis> valueAxis) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data,
                PlotOrientation.VERTICAL, legend, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRenderer().setSeriesPaint(0, new Color(0x1676F3));
        plot.getRenderer().setSeriesPaint(1, new Color(0x2BB673));
        plot.setRangeAxis(valueAxis.apply(plot.getRangeAxis()));
        ChartAxes.readableCategories(plot.getDomainAxis(), data.getColumnCount());
        return chart;
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }
}
