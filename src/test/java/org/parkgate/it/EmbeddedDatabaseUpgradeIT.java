package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hsqldb.lib.tar.TarReader;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An office replaces the jar. An embedded database made by main before the migrations were split
 * by database (commit d66bf5d: demo data, two passages, migrations up to V49) is opened by today's
 * jar: it is backed up before Flyway migrates it, only the new migrations are applied, and every
 * figure of it (rows and the sums of every number column of every table: the money a manager sees
 * in invoices, payments, arrears and reports) is what it was. An update whose migration fails puts
 * the backup back: the database is as before and the next start goes on from there.
 */
class EmbeddedDatabaseUpgradeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<Integer> NUMBERS = Set.of(Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT,
            Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.REAL, Types.FLOAT);

    @Test
    void aDatabaseOfTheLastReleaseIsBackedUpAndOpensWithItsDataAndItsMigrationHistory() throws Exception {
        assumeFalse(TestDatabase.onPostgres(), "the fixture is an HSQLDB database");
        Path dataDir = oldDatabase("upgrade-");
        Map<String, String> before = figures(dataDir);
        // the figures as the old jar left them, not with the periods fallen due since the fixture was made
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo",
                "--parkgate.billing.catch-up-on-start=false").awaitStarted()) {
            assertThat(app.logText()).contains("Successfully validated").doesNotContain("Validate failed")
                    .containsPattern("This update migrates the database from version 49 to \\d+; it was backed up first to");
            assertThat(Pattern.compile("Migrating schema \"PUBLIC\" to version \"([1-9]|[1-3][0-9]|4[0-9]) - ")
                    .matcher(app.logText()).find()).as("nothing of what it had is applied again").isFalse();
            assertThat(app.logText()).doesNotContain("Demo profile: created");
            app.stop();
        }
        Map<String, String> after = figures(dataDir);
        // what a start works out for today (the arrears' days and late fees of the day, the day's
        // reminders with their pay links) moves with the date; the money recorded must not move
        Map<String, String> recorded = new java.util.TreeMap<>(before);
        recorded.keySet().removeAll(Set.of("owner_arrears", "reminder_message", "owner_pay_link"));
        assertThat(after).as("every recorded figure as the old jar left it").containsAllEntriesOf(recorded);
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '49'"))
                .as("its history kept, not made again").isEqualTo(1);

        Path backup = onlyBackup(dataDir);
        assertThat(backup.getFileName().toString()).matches("parkgate-\\d{8}-\\d{6}-before-v\\d+\\.tar\\.gz");
        Path unpacked = AppTestSupport.newTempDir("unpacked-");
        new TarReader(backup.toFile(), TarReader.EXTRACT_MODE, null, null, unpacked.toFile()).read();
        assertThat(figures(unpacked)).as("the backup is the database as the old jar left it").isEqualTo(before);
        assertThat(FailClosedIT.count(unpacked, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""))
                .isEqualTo(49);
    }

    @Test
    void anUpdateWhoseMigrationFailsLeavesTheOldDatabaseAsItWasAndSaysHowToGoBack() throws Exception {
        assumeFalse(TestDatabase.onPostgres(), "the fixture is an HSQLDB database");
        Path dataDir = oldDatabase("failed-update-");
        Map<String, String> before = figures(dataDir);
        Path broken = AppTestSupport.newTempDir("broken-migration-");
        Files.writeString(broken.resolve("V9999__an_update_that_fails.sql"), """
                CREATE TABLE half_done (id INT);
                UPDATE owner SET name = 'changed';
                INSERT INTO no_such_table VALUES (1);
                """);
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo",
                "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor},filesystem:" + broken)) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).as("the start is refused").isNotZero();
            assertThat(app.logText()).contains("This update migrates the database from version 49 to 9999",
                    "The update could not migrate the database from version 49 to 9999",
                    "The database is back as it was before the update, restored from " + onlyBackup(dataDir),
                    "Start the previous ParkGate jar");
        }
        assertThat(figures(dataDir)).as("every figure as before, no table half_done").isEqualTo(before);
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM owner WHERE name = 'changed'")).as("names kept").isZero();
        assertThat(FailClosedIT.count(dataDir, "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""))
                .as("no failed migration on record to stop the next start").isEqualTo(49);
        try (RunningJar again = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted()) {
            var read = again.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10004\"}", "X-Api-Key", "demo-device-key");
            JsonNode debtor = JSON.readTree(read.body());
            assertThat(debtor.path("reason").asString()).as("the debtor of the old database").isEqualTo("ARREARS_RESTRICTED");
            assertThat(debtor.path("passageId").asLong()).as("after the two passages it had").isEqualTo(3);
        }
    }

    private static Path oldDatabase(String prefix) throws IOException {
        Path dataDir = AppTestSupport.newTempDir(prefix);
        for (String file : new String[] {"parkgate.script", "parkgate.properties", "parkgate.data"}) {
            copy("/fixtures/hsqldb-d66bf5d/" + file, dataDir.resolve(file));
        }
        return dataDir;
    }

    private static Path onlyBackup(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("backups"))) {
            List<Path> backups = files.filter(f -> f.getFileName().toString().endsWith(".tar.gz")).toList();
            assertThat(backups).as("one backup before the update").hasSize(1);
            return backups.getFirst();
        }
    }

    /** Per table of the database in {@code dataDir}: its rows and the sum of each number column. */
    private static Map<String, String> figures(Path dataDir) throws SQLException {
        String url = "jdbc:hsqldb:file:" + dataDir.resolve("parkgate") + ";shutdown=true;hsqldb.lock_file=false;ifexists=true";
        Map<String, String> figures = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url, "SA", "")) {
            DatabaseMetaData meta = db.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet found = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    figures.put(table.toLowerCase(), figuresOf(db, meta, table));
                }
            }
        }
        return figures;
    }

    private static String figuresOf(Connection db, DatabaseMetaData meta, String table) throws SQLException {
        List<String> sums = new ArrayList<>();
        try (ResultSet columns = meta.getColumns(null, "PUBLIC", table, "%")) {
            while (columns.next()) {
                if (NUMBERS.contains(columns.getInt("DATA_TYPE")) && !columns.getString("COLUMN_NAME").equals("VERSION")) {
                    sums.add(columns.getString("COLUMN_NAME"));
                }
            }
        }
        StringBuilder select = new StringBuilder("SELECT COUNT(*)");
        sums.forEach(column -> select.append(", SUM(\"").append(column).append("\")"));
        try (ResultSet row = db.createStatement().executeQuery(select + " FROM \"" + table + "\"")) {
            row.next();
            StringBuilder text = new StringBuilder("rows=" + row.getLong(1));
            for (int i = 0; i < sums.size(); i++) {
                var sum = row.getBigDecimal(i + 2);
                text.append(' ').append(sums.get(i).toLowerCase()).append('=').append(sum == null ? "-" : sum.stripTrailingZeros().toPlainString());
            }
            return text.toString();
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = EmbeddedDatabaseUpgradeIT.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
