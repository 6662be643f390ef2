package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An embedded database made by main before the migrations were split by database (commit
 * d66bf5d: demo data, two passages) is opened by today's jar: Flyway finds every migration it
 * applied with the same checksum, applies only the new ones, and the data is all there.
 */
class EmbeddedDatabaseUpgradeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aDatabaseOfTheLastReleaseOpensWithItsDataAndItsMigrationHistory() throws Exception {
        assumeFalse(TestDatabase.onPostgres(), "the fixture is an HSQLDB database");
        Path dataDir = AppTestSupport.newTempDir("upgrade-");
        for (String file : new String[] {"parkgate.script", "parkgate.properties", "parkgate.data"}) {
            copy("/fixtures/hsqldb-d66bf5d/" + file, dataDir.resolve(file));
        }
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted()) {
            assertThat(app.logText()).contains("Successfully validated").doesNotContain("Validate failed");
            assertThat(Pattern.compile("Migrating schema \"PUBLIC\" to version \"([1-9]|[1-3][0-9]|4[0-9]) - ")
                    .matcher(app.logText()).find()).as("nothing of what it had is applied again").isFalse();
            assertThat(app.logText()).doesNotContain("Demo profile: created");
            var read = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10004\"}", "X-Api-Key", "demo-device-key");
            JsonNode debtor = JSON.readTree(read.body());
            assertThat(debtor.path("reason").asString()).as("the debtor of the old database").isEqualTo("ARREARS_RESTRICTED");
            assertThat(debtor.path("passageId").asLong()).as("after the two passages it had").isEqualTo(3);
        }
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM owner")).isEqualTo(200);
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM passage")).isEqualTo(3);
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '49'"))
                .as("its history kept, not made again").isEqualTo(1);
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = EmbeddedDatabaseUpgradeIT.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
