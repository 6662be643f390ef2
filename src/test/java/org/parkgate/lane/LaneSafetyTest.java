package org.parkgate.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestDatabase;
import org.parkgate.gate.BarrierState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The lane's safety order through the lane API (Spring MVC as the camera meets it): an opening is
 * always on record, a record that cannot be written keeps the arm down and is a 5xx for the
 * camera to resend, and device fields are checked before anything is decided.
 */
class LaneSafetyTest extends KaribuTest {

    static final AtomicInteger PLATES = new AtomicInteger();

    @Autowired
    Site site;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LanesHealth health;
    @Autowired
    LaneController lanes;

    MockMvc api;

    @BeforeEach
    void theLaneApi() throws InterruptedException {
        api = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
        for (int i = 0; i < 50 && site.lane("in-1").gate().state().barrier() != BarrierState.CLOSED; i++) {
            Thread.sleep(50); // an earlier test's arm coming down
        }
    }

    @Test
    void aPassageThatCannotBeStoredLeavesTheBarrierDownAndAsksTheCameraToResend() throws Exception {
        String plate = "京A10001"; // a paid pass: it would open
        TestDatabase.refuseWrites(jdbc, "passage"); // as a full disk would
        try {
            api.perform(post("/api/v1/lanes/in-1/plate-reads").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"plate\":\"" + plate + "\"}"))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(500));
            assertThat(site.lane("in-1").gate().state().barrier()).isEqualTo(BarrierState.CLOSED);
            assertThat(site.lane("in-1").gate().state().display().lines())
                    .contains("System error. Please ask staff to open");
            assertThat(health.health().getStatus().getCode()).as("health while passages cannot be stored")
                    .isEqualTo("DOWN");
            login("guard", org.parkgate.security.Role.GUARD);
            com.vaadin.flow.component.UI.getCurrent().navigate("lanes");
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Span.class,
                    spec -> spec.withId("lanes-records-alarm")).getText()).startsWith("Passages cannot be stored since");
        } finally {
            TestDatabase.allowWrites(jdbc, "passage");
        }
        clock.advance(Duration.ofSeconds(10));
        api.perform(post("/api/v1/lanes/in-1/plate-reads").contentType(MediaType.APPLICATION_JSON)
                .content("{\"plate\":\"晋D0000" + PLATES.incrementAndGet() + "\"}")).andExpect(status().isOk());
        assertThat(health.health().getStatus().getCode()).as("stored again").isNotEqualTo("DOWN");
        assertThat(health.health().getDetails()).doesNotContainKey("passages");
    }

    @Test
    void aGuardCanOpenByHandEvenWhenNothingCanBeStored() {
        login("guard", org.parkgate.security.Role.GUARD);
        TestDatabase.refuseWrites(jdbc, "passage");
        try {
            assertThatThrownBy(() -> lanes.openByHand("in-1", "", "database down, car waiting"))
                    .isInstanceOf(LaneException.class).hasMessage("error.lane.opened-not-recorded");
            assertThat(site.lane("in-1").gate().state().barrier()).as("opened all the same")
                    .isIn(BarrierState.RISING, BarrierState.OPEN);
        } finally {
            TestDatabase.allowWrites(jdbc, "passage");
        }
    }

    @Test
    void aCameraClockFarOffIsReplacedByTheServersAndSaidSo() throws Exception {
        String plate = "晋D0000" + PLATES.incrementAndGet();
        api.perform(post("/api/v1/lanes/in-1/plate-reads").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plate\":\"" + plate + "\",\"capturedAt\":\"+100000-01-01T00:00:00Z\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("OPEN"));
        assertThat(stored(plate)).isEqualTo(clock.instant() + " camera clock not believed: +100000-01-01T00:00:00Z");

        String vzenith = "晋D0000" + PLATES.incrementAndGet();
        clock.advance(Duration.ofSeconds(10));
        api.perform(post("/api/v1/cameras/vzenith/out-1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"AlarmInfoPlate\":{\"result\":{\"PlateResult\":{\"license\":\"" + vzenith
                                + "\",\"confidence\":96,\"timeStamp\":{\"Timeval\":{\"sec\":10000000000000000}}}}}}"))
                .andExpect(status().isOk());
        assertThat(stored(vzenith)).startsWith(clock.instant() + " camera clock not believed: ");

        String believed = "晋D0000" + PLATES.incrementAndGet();
        clock.advance(Duration.ofSeconds(10));
        api.perform(post("/api/v1/lanes/in-1/plate-reads").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"plate\":\"" + believed + "\",\"capturedAt\":\"" + clock.instant().minusSeconds(3)
                                + "\"}"))
                .andExpect(status().isOk());
        assertThat(stored(believed)).isEqualTo(clock.instant().minusSeconds(3) + " null");
    }

    @Test
    void anUnknownApiPathIsAProblemNotAPage() throws Exception {
        api.perform(post("/api/v1/no-such-thing").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** When the passage says the camera saw it, and its note. */
    private String stored(String plate) {
        return jdbc.sql("SELECT captured_at, note FROM passage WHERE plate = ?").param(plate)
                .query((rs, row) -> rs.getTimestamp(1).toInstant() + " " + rs.getString(2)).single();
    }
}
