package org.parkgate.occupancy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.LaneController;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Occupancy from the recorded stays, hour by hour, on a page with SVG charts; silent cameras. */
class OccupancyTest extends KaribuTest {

    @Autowired
    OccupancyHistory history;

    @Autowired
    LaneController lanes;

    @Autowired
    CameraWatch cameras;

    @Test
    void eachHourCountsTheVehiclesInsideAtItsEnd() {
        Instant start = Instant.parse("2027-03-01T00:00:00Z");
        try {
            int before = history.hourly("P1", start.minus(Duration.ofHours(1)), start).getLast().inside();
            clock.set(start.plus(Duration.ofMinutes(50)));
            lanes.plateRead("in-1", "湘D00001", null, null);
            clock.set(start.plus(Duration.ofMinutes(55)));
            lanes.plateRead("in-1", "湘D00002", null, null);
            clock.set(start.plus(Duration.ofMinutes(70)));
            assertThat(lanes.plateRead("out-1", "湘D00001", null, null).decision()).as("20 minutes: free").isEqualTo("OPEN");
            clock.set(start.plus(Duration.ofMinutes(150)));
            List<HourlyCount> counts = history.hourly("P1", start, clock.instant());
            assertThat(counts).extracting(HourlyCount::inside).containsExactly(before + 2, before + 1, before + 1);
            assertThat(counts.getFirst().at()).isEqualTo(start.plus(Duration.ofHours(1)));
        } finally {
            clock.reset();
        }
    }

    @Test
    void theOccupancyPageShowsTheCountAndTwoCharts() {
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("occupancy");
        assertThat(_get(Span.class, spec -> spec.withId("occupancy-P1")).getText()).matches("\\d+ of 300 spaces taken, \\d+ free");
        String today = _get(Html.class, spec -> spec.withId("chart-today-P1")).getInnerHtml();
        assertThat(today).contains("<svg", "Today by hour");
        assertThat(_get(Html.class, spec -> spec.withId("chart-week-P1")).getInnerHtml()).contains("Last 7 days");
    }

    @Test
    void aCameraThatFallsSilentRaisesAnAlarm() {
        cameras.heard("out-1");
        assertThat(cameras.silentSince("out-1")).isNull();
        try {
            clock.advance(Duration.ofMinutes(2));
            assertThat(cameras.silentSince("out-1")).isNotNull();
            cameras.heard("out-1");
            assertThat(cameras.silentSince("out-1")).isNull();
        } finally {
            clock.reset();
        }
    }
}
