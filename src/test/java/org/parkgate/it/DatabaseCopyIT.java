package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An office moves to PostgreSQL: {@code java -jar parkgate.jar copy-database --to ...} with
 * ParkGate stopped copies the demo's embedded database into an empty PostgreSQL database, says
 * that counts and sums agree, and ParkGate started on the copy decides as before and numbers on;
 * a second copy into the same database is refused.
 */
class DatabaseCopyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "demo-device-key";

    private record Run(int exit, String output) {
    }

    @Test
    void theEmbeddedDatabaseMovesToPostgresqlAndParkGateGoesOnThere() throws Exception {
        assumeFalse(TestDatabase.onPostgres(), "the source is the embedded database");
        Path dataDir = AppTestSupport.newTempDir("copy-");
        JsonNode before;
        try (RunningJar embedded = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted()) {
            before = read(embedded, "京A10004");
            assertThat(read(embedded, "京A10001").path("decision").asString()).isEqualTo("OPEN");
        }
        TestDatabase.Login target = TestDatabase.postgres(dataDir.resolveSibling(dataDir.getFileName() + "-target"));

        assertThat(copy(dataDir, target, "--to-user").exit()).as("an argument without its value").isEqualTo(2);
        Run copied = copy(dataDir, target, "--to-user", target.user(), "--to-password", target.password());
        assertThat(copied.exit()).as(copied.output()).isZero();
        assertThat(copied.output()).contains("- owner: 200 rows", "- passage: 2 rows",
                "row counts and the sums of every number column (money included) agree on both sides");

        try (RunningJar moved = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo",
                "--spring.datasource.url=" + target.url(), "--spring.datasource.username=" + target.user(),
                "--spring.datasource.password=" + target.password()).awaitStarted()) {
            assertThat(moved.logText()).contains("PostgreSQL").doesNotContain("Demo profile: created");
            JsonNode after = read(moved, "京A10004");
            assertThat(after.path("reason").asString()).isEqualTo(before.path("reason").asString());
            assertThat(after.path("amountDue").decimalValue()).isEqualByComparingTo(before.path("amountDue").decimalValue());
            assertThat(after.path("passageId").asLong()).as("numbered on after the copied passages").isEqualTo(3);
        }
        try (Connection db = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            long highestReceipt = single(db, "SELECT MAX(CAST(SUBSTRING(receipt_no FROM 7) AS BIGINT)) FROM payment");
            assertThat(highestReceipt).as("the demo's receipts were copied").isPositive();
            assertThat(single(db, "SELECT nextval('receipt_number')")).as("no receipt number given twice")
                    .isGreaterThan(highestReceipt);
        }

        Run again = copy(dataDir, target, "--to-user", target.user(), "--to-password", target.password());
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.output()).contains("Nothing copied: the target database already has");
    }

    private static JsonNode read(RunningJar app, String plate) {
        var answer = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"" + plate + "\"}", "X-Api-Key", KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The command as an office runs it, in English. */
    private static Run copy(Path dataDir, TestDatabase.Login target, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-Dstdout.encoding=UTF-8", "-Xmx256m", "-jar",
                Path.of(System.getProperty("parkgate.jar", "target/parkgate.jar")).toAbsolutePath().toString(),
                "copy-database", "--parkgate.data-dir=" + dataDir, "--to", target.url()));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("copy-database ends").isTrue();
        return new Run(process.exitValue(), output);
    }
}
