package org.parkgate.database;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.KaribuTest;
import org.parkgate.TestDatabase;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin backs the embedded database up while ParkGate runs; the backup unpacks into a database
 * that opens with the same owners; the newest ones are kept; on PostgreSQL the page points at the
 * server's tools instead.
 */
class BackupsTest extends KaribuTest {

    @Autowired
    DatabaseBackups backups;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackupMadeByTheAdminOpensAsADatabaseWithTheSameOwners() throws Exception {
        assumeFalse(TestDatabase.onPostgres(), "HSQLDB's backups");
        clock.advance(Duration.ofDays(1)); // newer than the backups of the other test: not pruned at once
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("backups");
        assertThat(_get(Paragraph.class, spec -> spec.withId("backups-help")).getText()).contains(backups.folder().toString());
        _click(_get(Button.class, spec -> spec.withId("backups-now")));

        @SuppressWarnings("unchecked")
        Grid<Backup> grid = _get(Grid.class, spec -> spec.withId("backups-grid"));
        Backup made = GridKt._get(grid, 0);
        Path file = backups.folder().resolve(made.name());
        assertThat(file).exists();
        assertThat(made.bytes()).isEqualTo(Files.size(file)).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'DATABASE_BACKED_UP' AND subject = ?")
                .param(made.name()).query(Long.class).single()).isEqualTo(1);

        Path restored = AppTestSupport.newTempDir("restored-");
        Process untar = new ProcessBuilder("tar", "-xzf", file.toString(), "-C", restored.toString()).inheritIO().start();
        assertThat(untar.waitFor(30, TimeUnit.SECONDS) && untar.exitValue() == 0).as("tar -xzf").isTrue();
        long owners = jdbc.sql("SELECT COUNT(*) FROM owner").query(Long.class).single();
        try (Connection db = DriverManager.getConnection("jdbc:hsqldb:file:" + restored.resolve("parkgate")
                + ";ifexists=true;shutdown=true", "SA", "");
                ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM owner")) {
            count.next();
            assertThat(count.getLong(1)).as("owners in the restored database").isEqualTo(owners).isPositive();
        }
    }

    @Test
    void onlyTheNewestAreKept() {
        assumeFalse(TestDatabase.onPostgres(), "HSQLDB's backups");
        for (int i = 0; i <= backups.keep(); i++) {
            clock.advance(Duration.ofMinutes(1));
            backups.make();
        }
        List<Backup> kept = backups.list();
        assertThat(kept).hasSize(backups.keep());
        assertThat(kept.getFirst().name()).as("the newest first").isGreaterThan(kept.getLast().name());
    }

    @Test
    void onPostgresqlThePagePointsAtTheServersTools() {
        assumeTrue(TestDatabase.onPostgres(), "PostgreSQL");
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("backups");
        assertThat(_get(Paragraph.class, spec -> spec.withId("backups-postgresql")).getText()).contains("pg_dump");
        assertThat(_find(Button.class, spec -> spec.withId("backups-now"))).isEmpty();
    }
}
