package org.parkgate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.TestDatabase;
import org.parkgate.base.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database from before tokens were hashed: its clear pay link and order token become hashes, so
 * the links already sent keep working, and the clear columns are gone.
 */
class ClearTokensMigrationTest {

    @Test
    void clearTokensBecomeHashesAndTheClearColumnsGo() throws SQLException {
        Path dir = AppTestSupport.newTempDir("migration-");
        TestDatabase.Login database = TestDatabase.of(dir);
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            var source = new SingleConnectionDataSource(connection, true);
            Flyway.configure().dataSource(source).locations(TestDatabase.migrationLocations()).target("20").load().migrate();
            JdbcClient jdbc = JdbcClient.create(source);
            jdbc.sql("INSERT INTO owner (name, created_at, pay_token) VALUES ('旧链接', CURRENT_TIMESTAMP, 'oldOwnerToken123')")
                    .update();
            jdbc.sql("""
                    INSERT INTO payment_order (id, token, provider, purpose, amount, currency, created_at, expires_at)
                    VALUES ('PO1', 'oldOrderToken456', 'sandbox', 'VISITOR_FEE', 500, 'CNY', CURRENT_TIMESTAMP,
                            CURRENT_TIMESTAMP)""").update();

            Flyway.configure().dataSource(source).locations(TestDatabase.migrationLocations())
                    .javaMigrations(new V22__HashClearTokens()).load().migrate();

            assertThat(jdbc.sql("SELECT legacy_token_hash FROM owner_pay_link").query(String.class).single())
                    .isEqualTo(Sha256.hex("oldOwnerToken123"));
            assertThat(jdbc.sql("SELECT token_hash FROM payment_order WHERE id = 'PO1'").query(String.class).single())
                    .isEqualTo(Sha256.hex("oldOrderToken456"));
            assertThat(columns(connection)).doesNotContain("OWNER.PAY_TOKEN", "PAYMENT_ORDER.TOKEN")
                    .contains("PAYMENT_ORDER.TOKEN_HASH");
            if (!TestDatabase.onPostgres()) {
                try (Statement shutdown = connection.createStatement()) {
                    shutdown.execute("SHUTDOWN");
                }
            }
        }
    }

    private static List<String> columns(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = connection.getMetaData().getColumns(null, TestDatabase.onPostgres() ? "public" : "PUBLIC", null, null)) {
            while (rs.next()) {
                names.add((rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")).toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
