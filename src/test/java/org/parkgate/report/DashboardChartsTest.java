package org.parkgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's charts read right: whole vehicles, no axis of nothing, labels whole and in the reader's language. */
class DashboardChartsTest extends KaribuTest {

    @Autowired
    DashboardCharts charts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void asManager() {
        login("manager", Role.MANAGER);
    }

    /** Lays the chart out as the page would, so the axes have their ranges and ticks. */
    private static JFreeChart drawn(JFreeChart chart) {
        var image = new BufferedImage(700, 320, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        chart.draw(graphics, new java.awt.Rectangle(0, 0, 700, 320));
        graphics.dispose();
        return chart;
    }

    @Test
    void revenueMonthsAreNamedShortInChineseAndTurnedSoNoneIsCut() {
        JFreeChart chart = drawn(charts.chart(ChartKind.REVENUE, "P1", Translations.CHINESE));
        var categories = chart.getCategoryPlot().getCategories();
        assertThat(categories).hasSize(12);
        assertThat(categories.getLast()).isEqualTo(
                DateTimeFormatter.ofPattern("yy年M月", Translations.CHINESE).format(YearMonth.now(clock)));
        assertThat(chart.getCategoryPlot().getDomainAxis().getCategoryLabelPositions())
                .isEqualTo(CategoryLabelPositions.UP_45);
    }

    @Test
    void countsAreWholeVehiclesAndAnEmptyChartStillHasAScale() {
        JFreeChart denials = drawn(charts.chart(ChartKind.DENIALS, "P1", Translations.ENGLISH));
        NumberAxis count = (NumberAxis) denials.getCategoryPlot().getRangeAxis();
        assertThat(count.getTickUnit().getSize()).as("no half vehicles").isGreaterThanOrEqualTo(1)
                .satisfies(size -> assertThat(size % 1).isZero());
        assertThat(count.getLowerBound()).isZero();
        assertThat(count.getUpperBound()).isGreaterThanOrEqualTo(1);

        JFreeChart aging = drawn(charts.chart(ChartKind.ARREARS_AGING, "P1", Translations.ENGLISH));
        NumberAxis amount = (NumberAxis) aging.getCategoryPlot().getRangeAxis();
        assertThat(amount.getLowerBound()).as("from zero, never 5E-9 below it").isZero();
        assertThat(amount.getUpperBound()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theSevenDayChartWritesDaysInChineseForAChineseReader() {
        JFreeChart week = drawn(charts.chart(ChartKind.OCCUPANCY_WEEK, "P1", Translations.CHINESE));
        var format = ((DateAxis) week.getXYPlot().getDomainAxis()).getDateFormatOverride();
        Date day = Date.from(clock.instant());
        assertThat(format.format(day)).matches("\\d{1,2}月\\d{1,2}日 周.");
    }
}
