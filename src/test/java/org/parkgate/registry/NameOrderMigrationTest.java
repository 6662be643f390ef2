package org.parkgate.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Owners registered before names had an order get one, so the old register lists in pinyin order too. */
class NameOrderMigrationTest {

    @Test
    void ownersFromBeforeTheNameOrderAreListedInPinyinOrder() throws SQLException {
        Path dir = AppTestSupport.newTempDir("migration-");
        TestDatabase.Login database = TestDatabase.of(dir);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            var source = new SingleConnectionDataSource(connection, true);
            Flyway.configure().dataSource(source).locations(TestDatabase.migrationLocations()).target("25").load().migrate();
            JdbcClient jdbc = JdbcClient.create(source);
            for (String name : new String[] {"张伟", "王芳", "李娜", "陈静"}) {
                jdbc.sql("INSERT INTO owner (name, created_at) VALUES (?, CURRENT_TIMESTAMP)").param(name).update();
            }

            Flyway.configure().dataSource(source).locations(TestDatabase.migrationLocations())
                    .javaMigrations(new V30__FillOwnerNameOrder()).load().migrate();

            assertThat(jdbc.sql("SELECT name FROM owner ORDER BY name_order, id").query(String.class).list())
                    .containsExactly("陈静", "李娜", "王芳", "张伟");
            if (!TestDatabase.onPostgres()) {
                try (Statement shutdown = connection.createStatement()) {
                    shutdown.execute("SHUTDOWN");
                }
            }
        }
    }
}
