package org.parkgate.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ChartImages;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Translations;
import org.parkgate.lane.LaneController;
import org.parkgate.report.ChartKind;
import org.parkgate.report.DashboardCharts;
import org.parkgate.report.DashboardFigures;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard with the demo data: figures that match the data, charts with both downloads. */
class DashboardViewTest extends KaribuTest {

    @Autowired
    DashboardFigures figures;
    @Autowired
    DashboardCharts charts;
    @Autowired
    LaneController lanes;

    @Test
    void theFiguresShowTheDemoSiteAndFollowTheLanes() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("dashboard");
        DashboardFigures.Figures now = figures.now();
        assertThat(text("dashboard-lot-P1")).contains(now.lots().getFirst().inside() + " of 300 spaces taken");
        assertThat(text("dashboard-arrears")).contains(Money.yuan(now.arrearsTotal()))
                .contains("Restricted", "Suspended");
        assertThat(now.arrears()).extracting(DashboardFigures.StageTotal::owners).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(text("dashboard-alarms")).isEqualTo("Lanes" + "All lanes online, no alarms");

        long entries = now.entriesToday();
        lanes.plateRead("in-1", "琼D54321", 95, null); // a visitor: let in
        DashboardView view = _get(DashboardView.class);
        view.showFigures();
        assertThat(figures.now().entriesToday()).isEqualTo(entries + 1);
        assertThat(text("dashboard-passages")).contains((entries + 1) + " in");
    }

    @Test
    void everyChartIsDrawnAndDownloadsAsSvgAndPng() throws Exception {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("dashboard");
        for (String id : new String[] {"chart-occupancy-day-P1", "chart-occupancy-week-P1", "chart-entries-exits",
                "chart-revenue", "chart-arrears-aging", "chart-denials"}) {
            assertThat(_get(Html.class, spec -> spec.withId(id)).getInnerHtml()).as(id).contains("<svg");
            assertThat(_get(Anchor.class, spec -> spec.withId(id + "-svg")).getHref()).isNotBlank();
            assertThat(_get(Anchor.class, spec -> spec.withId(id + "-png")).getHref()).isNotBlank();
        }
        @SuppressWarnings("unchecked")
        var hours = (com.vaadin.flow.component.grid.Grid<org.parkgate.occupancy.HourlyCount>) _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("occupancy-hours-P1"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(hours)).as("midnight to the current hour")
                .isBetween(1, 25);
        var png = new ByteArrayOutputStream();
        ChartImages.png(charts.chart(ChartKind.ARREARS_AGING, "", Translations.CHINESE), 900, 320, png);
        var image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(ChartImages.pngFontFamily()).as("a font with Chinese characters is installed (fonts-wqy-zenhei)")
                .isNotEqualTo(java.awt.Font.SANS_SERIF);
        assertThat(new java.awt.Font(ChartImages.pngFontFamily(), java.awt.Font.PLAIN, 12).canDisplayUpTo("欠费账龄"))
                .isEqualTo(-1);
        assertThat(ChartImages.svg(charts.chart(ChartKind.ARREARS_AGING, "", Locale.SIMPLIFIED_CHINESE), 900, 320))
                .contains("欠费账龄");
    }

    @Test
    void cashiersAndGuardsHaveNoDashboard() {
        for (Role role : new Role[] {Role.CASHIER, Role.GUARD}) {
            login(role.name().toLowerCase(Locale.ROOT), role);
            UI.getCurrent().navigate("dashboard");
            assertThat(_find(Div.class, spec -> spec.withId("dashboard-revenue"))).as(role.name()).isEmpty();
        }
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
