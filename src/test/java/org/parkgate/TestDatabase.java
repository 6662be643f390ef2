package org.parkgate;

import java.nio.file.Path;
import java.util.List;
import org.parkgate.base.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database the tests run on: the embedded HSQLDB (default) or PostgreSQL
 * ({@code -Dparkgate.test.db=postgresql}, see {@link TestPostgres}). A data directory stands for
 * one database on either: HSQLDB's files in it, or a PostgreSQL database named after it, so a jar
 * restarted on the same directory finds its data again.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** A database's address and login. */
    public record Login(String url, String user, String password) {
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty("parkgate.test.db", "hsqldb"));
    }

    /** The database of a data directory; on PostgreSQL made when it is asked for the first time. */
    public static Login of(Path dataDir) {
        if (!onPostgres()) {
            return new Login("jdbc:hsqldb:file:" + dataDir.toAbsolutePath().resolve("parkgate")
                    + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.lock_file=true", "SA", "");
        }
        return postgres(dataDir);
    }

    /** The PostgreSQL database of a data directory, whichever database the tests run on (made when first asked for). */
    public static Login postgres(Path dataDir) {
        TestPostgres server = TestPostgres.get();
        String name = "pg_" + Sha256.hex(dataDir.toAbsolutePath().toString()).substring(0, 24);
        server.create(name);
        return new Login(server.url(name), server.user, server.password);
    }

    /** The command-line arguments that point a packaged jar at the database of {@code dataDir} (none for HSQLDB). */
    public static List<String> jarArguments(Path dataDir) {
        if (!onPostgres()) {
            return List.of();
        }
        Login login = of(dataDir);
        return List.of("--spring.datasource.url=" + login.url(), "--spring.datasource.username=" + login.user(),
                "--spring.datasource.password=" + login.password());
    }

    /** Where Flyway finds the migrations for this database, as the application configures it. */
    public static String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + (onPostgres() ? "postgresql" : "hsqldb")};
    }

    /**
     * From now on every write to {@code table} fails, as on a full disk (HSQLDB: the table read-only;
     * PostgreSQL: a trigger that refuses, since the tests' login is a superuser); until {@link #allowWrites}.
     */
    public static void refuseWrites(JdbcClient jdbc, String table) {
        if (onPostgres()) {
            jdbc.sql("""
                    CREATE OR REPLACE FUNCTION parkgate_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'table is read only (test)'; END $$""").update();
            jdbc.sql("CREATE TRIGGER parkgate_test_read_only BEFORE INSERT OR UPDATE OR DELETE ON " + table
                    + " FOR EACH STATEMENT EXECUTE FUNCTION parkgate_test_refuse()").update();
        } else {
            jdbc.sql("SET TABLE " + table + " READ ONLY").update();
        }
    }

    public static void allowWrites(JdbcClient jdbc, String table) {
        jdbc.sql(onPostgres() ? "DROP TRIGGER parkgate_test_read_only ON " + table : "SET TABLE " + table + " READ WRITE")
                .update();
    }
}
