package org.parkgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestDatabase;
import org.parkgate.base.OutboxBacklog;
import org.parkgate.lane.CameraWatch;
import org.parkgate.lane.Site;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a supervisor's monitoring reads from {@code /actuator/health} through the real security
 * chain: anonymous, the status of each part; signed in as admin, the details: the database takes
 * writes, each lane's barrier and camera, the passage stored last, the outboxes' backlog and the
 * data directory's free space. A part in trouble shows as DOWN (503) or DEGRADED (200).
 */
class HealthDetailsTest extends KaribuTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CameraWatch cameras;
    @Autowired
    Site site;
    @Value("${parkgate.data-dir}")
    Path dataDir;

    MockMvc web;

    @BeforeEach
    void everyCameraJustHeard() {
        web = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        site.lanes().forEach(lane -> cameras.heard(lane.id()));
    }

    @Test
    void anAdminSeesTheDetailsThatMatterAndAnonymousCallersOnlyTheStatuses() throws Exception {
        web.perform(post("/api/v1/lanes/in-1/plate-reads").header("X-Api-Key", "demo-device-key")
                .contentType(MediaType.APPLICATION_JSON).content("{\"plate\":\"京A10001\"}"));

        JsonNode health = health(true, 200);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode parts = health.path("components");
        assertThat(parts.path("database").path("details").path("writable").asBoolean()).isTrue();
        assertThat(parts.path("database").path("details").path("database").asString())
                .isEqualTo(TestDatabase.onPostgres() ? "PostgreSQL" : "HSQLDB (embedded)");
        JsonNode lanes = parts.path("lanes").path("details");
        assertThat(lanes.path("each").path("in-1").asString()).isEqualTo("barrier ONLINE");
        assertThat(lanes.path("each").size()).isEqualTo(site.lanes().size());
        assertThat(lanes.path("lastPassageStored").asString()).isEqualTo(clock.instant() + " at in-1");
        assertThat(parts.path("reminders").path("details").has("due")).isTrue();
        assertThat(parts.path("webhooks").path("details").has("due")).isTrue();
        assertThat(Path.of(parts.path("diskSpace").path("details").path("path").asString()))
                .isEqualTo(dataDir.toAbsolutePath());
        assertThat(parts.path("diskSpace").path("details").path("free").asLong()).isPositive();

        JsonNode anonymous = health(false, 200);
        assertThat(anonymous.path("components").path("lanes").path("status").asString()).isEqualTo("UP");
        assertThat(anonymous.toString()).doesNotContain("details", "in-1", "HSQLDB", "PostgreSQL");
    }

    @Test
    void aDatabaseThatTakesNoWritesIsDown() throws Exception {
        TestDatabase.refuseWrites(jdbc, "health_probe"); // as a full disk would
        try {
            JsonNode health = health(true, 503);
            assertThat(health.path("status").asString()).isEqualTo("DOWN");
            assertThat(health.path("components").path("database").path("details").path("writable").asBoolean()).isFalse();
        } finally {
            TestDatabase.allowWrites(jdbc, "health_probe");
        }
        clock.advance(Duration.ofSeconds(6)); // past the last answer kept
        assertThat(health(true, 200).path("components").path("database").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aSilentCameraMakesItsLaneDegradedButTheWholeStillAnswers200() throws Exception {
        clock.advance(Duration.ofMinutes(2));
        site.lanes().stream().filter(lane -> !lane.id().equals("out-1")).forEach(lane -> cameras.heard(lane.id()));
        try {
            JsonNode health = health(true, 200);
            assertThat(health.path("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.path("components").path("lanes").path("status").asString()).isEqualTo("DEGRADED");
            assertThat(health.path("components").path("lanes").path("details").path("each").path("out-1").asString())
                    .startsWith("barrier ONLINE, camera silent since ");
        } finally {
            cameras.heard("out-1");
        }
    }

    @Test
    void messagesDueLongerThanAQuarterOfAnHourMakeAnOutboxDegraded() {
        jdbc.sql("CREATE TABLE health_test_outbox (status VARCHAR(10) NOT NULL, next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL)")
                .update();
        try {
            Instant now = clock.instant();
            insert("PENDING", now.plusSeconds(60)); // waits for its time: not due
            insert("SENT", now.minus(Duration.ofHours(1)));
            insert("PENDING", now.minus(Duration.ofMinutes(10)));
            var health = OutboxBacklog.of(jdbc, "health_test_outbox", now);
            assertThat(health.getStatus().getCode()).isEqualTo("UP");
            assertThat(health.getDetails()).containsEntry("due", 1L)
                    .containsEntry("oldestDueSince", now.minus(Duration.ofMinutes(10)).toString());

            insert("PENDING", now.minus(Duration.ofMinutes(16)));
            health = OutboxBacklog.of(jdbc, "health_test_outbox", now);
            assertThat(health.getStatus().getCode()).isEqualTo("DEGRADED");
            assertThat(health.getDetails()).containsEntry("due", 2L);
        } finally {
            jdbc.sql("DROP TABLE health_test_outbox").update();
        }
    }

    private void insert(String status, Instant due) {
        jdbc.sql("INSERT INTO health_test_outbox VALUES (?, ?)").params(status, Timestamp.from(due)).update();
    }

    private JsonNode health(boolean admin, int expectedStatus) throws Exception {
        var request = get("/actuator/health");
        var answer = web.perform(admin ? request.with(user("admin").roles("ADMIN")) : request).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(expectedStatus);
        return JSON.readTree(answer.getContentAsString());
    }
}
