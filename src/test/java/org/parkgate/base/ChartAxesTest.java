package org.parkgate.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** A chart of nothing yet (no arrears, no refusals) has an axis from 0 to 1 in whole steps. */
class ChartAxesTest {

    @Test
    void anEmptyChartRunsFromZeroToOneInWholeSteps() {
        var data = new DefaultCategoryDataset();
        data.addValue(0, "arrears", "0-30");
        data.addValue(0, "arrears", "31-60");
        JFreeChart chart = ChartFactory.createBarChart("", "", "", data, PlotOrientation.VERTICAL, false, false, false);
        NumberAxis axis = ChartAxes.counts(chart.getCategoryPlot().getRangeAxis());
        chart.getCategoryPlot().setRangeAxis(axis);
        var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        chart.draw(image.createGraphics(), new Rectangle(0, 0, 400, 300));
        assertThat(axis.getLowerBound()).isZero();
        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(1);
        assertThat(axis.getTickUnit().getSize()).isEqualTo(1);
    }
}
