package org.parkgate.occupancy;

import java.awt.Color;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Hour;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.parkgate.base.ChartAxes;
import org.parkgate.base.ChartImages;

/** Occupancy over time as an SVG line chart; its text is drawn by the browser (Chinese included). */
public final class OccupancyChart {

    private OccupancyChart() {
    }

    /** An SVG document of {@code counts} with a capacity line; labels as given (already translated). */
    public static String svg(List<HourlyCount> counts, int capacity, String title, String timeLabel,
            String countLabel, String insideLabel, String capacityLabel, String timePattern, Locale locale, ZoneId zone,
            int width, int height) {
        return ChartImages.svg(chart(counts, capacity, title, timeLabel, countLabel, insideLabel, capacityLabel,
                timePattern, locale, zone), width, height);
    }

    /**
     * The chart of {@code counts} with a capacity line; times written with {@code timePattern} (a
     * {@link java.text.SimpleDateFormat} pattern from the translations) in {@code locale}.
     */
    public static JFreeChart chart(List<HourlyCount> counts, int capacity, String title, String timeLabel,
            String countLabel, String insideLabel, String capacityLabel, String timePattern, Locale locale,
            ZoneId zone) {
        var inside = new TimeSeries(insideLabel);
        var limit = new TimeSeries(capacityLabel);
        var timeZone = java.util.TimeZone.getTimeZone(zone);
        for (HourlyCount count : counts) {
            Hour hour = new Hour(Date.from(count.at().minusSeconds(1)), timeZone, java.util.Locale.ROOT);
            inside.addOrUpdate(hour, count.inside());
            limit.addOrUpdate(hour, capacity);
        }
        var data = new TimeSeriesCollection(timeZone);
        data.addSeries(inside);
        data.addSeries(limit);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, timeLabel, countLabel, data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRenderer().setSeriesPaint(0, new Color(0x1676F3));
        plot.getRenderer().setSeriesPaint(1, new Color(0xE8384F));
        ((DateAxis) plot.getDomainAxis()).setTimeZone(timeZone);
        ChartAxes.dates((DateAxis) plot.getDomainAxis(), timePattern, locale, zone);
        plot.setRangeAxis(ChartAxes.counts(plot.getRangeAxis()));
        return chart;
    }
}
