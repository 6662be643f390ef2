package org.parkgate.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/** An on-screen chart's words are text the browser sets in its own fonts, the rotated axis label too. */
class ChartImagesTest {

    @Test
    void theValueAxisLabelIsTextNotTheOutlineOfAServerFont() {
        var data = new DefaultCategoryDataset();
        data.addValue(3, "场内", "08:00");
        data.addValue(5, "场内", "09:00");
        String svg = ChartImages.svg(ChartFactory.createLineChart("今日逐小时", "时间", "车辆", data), 600, 400);
        assertThat(svg).contains(">今日逐小时</text>", ">时间</text>", ">车辆</text>");
    }
}
