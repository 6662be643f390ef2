package org.parkgate.database;

import java.io.PrintStream;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.V22__HashClearTokens;
import org.parkgate.registry.V30__FillOwnerNameOrder;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DatabaseDriver;

/**
 * {@code java -jar parkgate.jar copy-database --to jdbc:postgresql://...}: the move from the
 * embedded database to PostgreSQL, with ParkGate stopped. The source is brought to this version's
 * schema (as a start would), the target, which must be empty, gets the same schema from the same
 * migrations; then every table is copied in one transaction, parents before the tables that point
 * at them, the identity and receipt-number sequences are carried over, and the row counts and the
 * sums of every number column (money included) are compared on both sides, and the target's
 * statistics are brought up to date (ANALYZE). Nothing is written to
 * a target that has tables. Plain JDBC, no Spring: nothing else of ParkGate runs meanwhile.
 */
public final class DatabaseCopy {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int TARGET_NOT_EMPTY = 3;
    static final int FIGURES_DIFFER = 4;
    private static final int BATCH = 500;
    private static final Set<Integer> NUMBERS = Set.of(Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT,
            Types.DECIMAL, Types.NUMERIC);

    private final PrintStream out;
    private final Translations words = new Translations();
    private final Locale locale = Translations.supported(Locale.getDefault());

    private DatabaseCopy(PrintStream out) {
        this.out = out;
    }

    /** Runs the command; the exit code: 0 copied and checked, otherwise why not. */
    public static int run(String[] args, PrintStream out) {
        quietLibraries();
        return new DatabaseCopy(out).copy(args, System.getenv());
    }

    /** Without Spring Boot's logging set-up, Logback would print every library's debug lines between ours. */
    private static void quietLibraries() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    int copy(String[] args, Map<String, String> environment) {
        CopyArguments arguments;
        try {
            arguments = CopyArguments.parse(args, environment);
        } catch (IllegalArgumentException bad) {
            say("copy.usage", bad.getMessage());
            return USAGE;
        }
        if (DatabaseDriver.fromJdbcUrl(arguments.fromUrl()) != DatabaseDriver.HSQLDB
                || DatabaseDriver.fromJdbcUrl(arguments.toUrl()) != DatabaseDriver.POSTGRESQL) {
            say("copy.only-embedded-to-postgresql");
            return USAGE;
        }
        try (Connection source = DriverManager.getConnection(arguments.fromUrl(), arguments.fromUser(), arguments.fromPassword());
                Connection target = DriverManager.getConnection(arguments.toUrl(), arguments.toUser(), arguments.toPassword())) {
            List<String> existing = TableOrder.tables(target.getMetaData(), target.getSchema());
            if (!existing.isEmpty()) {
                say("copy.target-not-empty", existing.size(), String.join(", ", existing.subList(0, Math.min(5, existing.size()))));
                return TARGET_NOT_EMPTY;
            }
            migrate(arguments.fromUrl(), arguments.fromUser(), arguments.fromPassword(), "hsqldb");
            migrate(arguments.toUrl(), arguments.toUser(), arguments.toPassword(), "postgresql");
            List<String> tables = TableOrder.of(source.getMetaData(), source.getSchema());
            target.setAutoCommit(false);
            emptyTables(target, tables); // rows the migrations put in (default release reasons and such): the source has its own
            long total = 0;
            for (String table : tables) {
                long rows = copyTable(source, target, table);
                total += rows;
                say("copy.table", table, rows);
            }
            carrySequences(source, target);
            target.commit();
            target.setAutoCommit(true);
            try (Statement analyze = target.createStatement()) {
                analyze.execute("ANALYZE"); // statistics now, not at autovacuum's leisure: a planner that takes the tables for empty is slow
            }
            int differing = 0;
            for (String table : tables) {
                List<String> numbers = numberColumns(source.getMetaData(), source.getSchema(), table);
                List<String> differ = TableFigures.of(source, table, numbers).differences(TableFigures.of(target, table, numbers));
                if (!differ.isEmpty()) {
                    differing++;
                    say("copy.figures-differ", table, String.join("; ", differ));
                }
            }
            if (differing > 0) {
                say("copy.check-failed", differing);
                return FIGURES_DIFFER;
            }
            say("copy.done", tables.size(), total, arguments.toUrl().replaceFirst("\\?.*", ""));
            return OK;
        } catch (SQLException | FlywayException | IllegalStateException e) {
            say("copy.failed", e.getMessage());
            return FAILED;
        }
    }

    private static void migrate(String url, String user, String password, String vendor) {
        Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(new V22__HashClearTokens(), new V30__FillOwnerNameOrder())
                .load().migrate();
    }

    private static void emptyTables(Connection target, List<String> parentsFirst) throws SQLException {
        try (Statement delete = target.createStatement()) {
            for (String table : parentsFirst.reversed()) {
                delete.execute("DELETE FROM " + table);
            }
        }
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = columns(source.getMetaData(), source.getSchema(), table);
        String names = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        long rows = 0;
        try (Statement read = source.createStatement();
                PreparedStatement write = target.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH);
            try (ResultSet row = read.executeQuery("SELECT " + names + " FROM " + table)) {
                while (row.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, portable(row.getObject(i)));
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            if (rows % BATCH != 0) {
                write.executeBatch();
            }
        }
        return rows;
    }

    /** A value as the other database takes it: large objects as bytes and text. */
    private static Object portable(Object value) throws SQLException {
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    /**
     * Identity columns go on after the highest id copied; the embedded database's own sequences
     * (the receipt numbers) where they were, so no number is given twice.
     */
    private static void carrySequences(Connection source, Connection target) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement query = target.createStatement(); ResultSet columns = query.executeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
            while (columns.next()) {
                identities.add(new String[] {columns.getString(1), columns.getString(2)});
            }
        }
        try (Statement set = target.createStatement()) {
            for (String[] identity : identities) {
                set.execute("SELECT setval(pg_get_serial_sequence('" + identity[0] + "', '" + identity[1] + "'),"
                        + " COALESCE((SELECT MAX(" + identity[1] + ") FROM " + identity[0] + "), 0) + 1, false)");
            }
            try (Statement query = source.createStatement(); ResultSet sequences = query.executeQuery(
                    "SELECT sequence_name, next_value FROM information_schema.sequences WHERE sequence_schema = CURRENT_SCHEMA")) {
                while (sequences.next()) {
                    if (sequences.getString(1).startsWith("SYS_")) {
                        continue; // an identity column's own, set above
                    }
                    set.execute("SELECT setval('" + sequences.getString(1).toLowerCase(Locale.ROOT) + "', "
                            + Long.parseLong(sequences.getString(2)) + ", false)");
                }
            }
        }
    }

    private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        return columnsWhere(meta, schema, table, false);
    }

    private static List<String> numberColumns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        return columnsWhere(meta, schema, table, true);
    }

    private static List<String> columnsWhere(DatabaseMetaData meta, String schema, String table, boolean numbersOnly)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet found = meta.getColumns(null, schema, table.toUpperCase(Locale.ROOT), "%")) {
            while (found.next()) {
                if (!numbersOnly || NUMBERS.contains(found.getInt("DATA_TYPE"))) {
                    columns.add(found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private void say(String key, Object... arguments) {
        out.println(words.getTranslation(key, locale, arguments));
    }
}
