package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build's fast-starting layout works as the README runs it: target/app/parkgate.jar with its
 * JVM options (the small heap among them) and the AOT cache the build trained, which the JVM must
 * take (it stops otherwise), first on a new demo database and then on a restart, deciding as the
 * packaged jar does. How fast it starts is measured in perf/ (StartupBenchmark), not here.
 */
class FastStartIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theExtractedJarWithItsOptionsAndAotCacheStartsAndDecides() {
        Path dataDir = AppTestSupport.newTempDir("fast-start-");
        try (RunningJar first = RunningJar.startAppLayout(dataDir, "--spring.profiles.active=demo").awaitStarted()) {
            assertThat(decide(first, "京A10004").path("amountDue").decimalValue()).isEqualByComparingTo("613.50");
            first.stop();
        }
        try (RunningJar again = RunningJar.startAppLayout(dataDir, "--spring.profiles.active=demo").awaitStarted()) {
            assertThat(again.logText()).doesNotContain("Demo profile: created");
            assertThat(decide(again, "京A10001").path("decision").asString()).isEqualTo("OPEN");
            assertThat(decide(again, "京A10004").path("reason").asString()).isEqualTo("ARREARS_RESTRICTED");
        }
    }

    private static JsonNode decide(RunningJar app, String plate) {
        var answer = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"" + plate + "\"}", "X-Api-Key", "demo-device-key");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
