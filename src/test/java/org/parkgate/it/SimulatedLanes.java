package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo's simulated lanes of a running jar, driven and watched through the simulator's HTTP API. */
final class SimulatedLanes {

    static final String KEY = "demo-device-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningJar app;

    SimulatedLanes(RunningJar app) {
        this.app = app;
    }

    /** A car with {@code plate} arrives at the lane: the answer as the camera would get it. */
    JsonNode arrive(String lane, String plate) {
        HttpResponse<String> answer = app.post("/api/v1/sim/lanes/" + lane + "/arrive", "{\"plate\":\"" + plate + "\"}",
                "X-Api-Key", KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return tree(answer.body());
    }

    void leave(String lane) {
        app.post("/api/v1/sim/lanes/" + lane + "/leave", "{}", "X-Api-Key", KEY);
    }

    /** The lane as the simulator shows it: barrier, display lines, QR code. */
    JsonNode lane(String lane) {
        return tree(app.get("/api/v1/sim/lanes/" + lane, "X-Api-Key", KEY).body());
    }

    String barrier(String lane) {
        return lane(lane).path("barrier").asString();
    }

    void awaitClosed(String lane) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!barrier(lane).equals("CLOSED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    /** Waits up to {@code within} for the arm to rise; how long it took. */
    Duration awaitRising(String lane, Duration within) throws InterruptedException {
        Instant from = Instant.now();
        while (barrier(lane).equals("CLOSED") && Duration.between(from, Instant.now()).compareTo(within) < 0) {
            Thread.sleep(20);
        }
        assertThat(barrier(lane)).as("the barrier rose within " + within + "; lane: " + lane(lane))
                .isIn("RISING", "OPEN");
        return Duration.between(from, Instant.now());
    }

    static JsonNode tree(String json) {
        return JSON.readTree(json);
    }
}
