package org.parkgate.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hsqldb.lib.tar.TarMalformatException;
import org.hsqldb.lib.tar.TarReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * An update that brings new migrations never leaves the office without its data. Before Flyway
 * migrates an existing embedded database, HSQLDB writes an online backup
 * ({@code <backups>/parkgate-...-before-v51.tar.gz}) and the log says where it is. When a
 * migration fails (HSQLDB commits DDL as it goes, so half of it would stay), the database is shut
 * down, what the failed migration left is moved aside and the backup is unpacked in its place: the
 * previous jar opens the database as it was, and the log says so and how to go back by hand should
 * the automatic way fail. On PostgreSQL, whose DDL is transactional, all pending migrations run in
 * one transaction ({@code group}): a failure rolls every one of them back.
 */
@Component
class GuardedMigration implements FlywayMigrationStrategy, FlywayConfigurationCustomizer {

    private static final Logger log = LoggerFactory.getLogger(GuardedMigration.class);
    private static final String FILE_URL = "jdbc:hsqldb:file:";
    private static final List<String> DATABASE_FILES = List.of("script", "properties", "data", "backup", "log", "lobs");

    private final BackupFolder folder;

    GuardedMigration(BackupFolder folder) {
        this.folder = folder;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (url(configuration.getDataSource()).toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            configuration.group(true);
        }
    }

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        String url = url(dataSource);
        MigrationInfoService info = flyway.info();
        MigrationInfo[] pending = info.pending();
        if (!url.toLowerCase(Locale.ROOT).startsWith(FILE_URL) || pending.length == 0 || info.current() == null) {
            flyway.migrate();
            return;
        }
        String from = info.current().getVersion().getVersion();
        String to = pending[pending.length - 1].getVersion().getVersion();
        Path backup = backUp(dataSource, to);
        log.warn("This update migrates the database from version {} to {}; it was backed up first to {}", from, to, backup);
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            putBack(dataSource, databaseFiles(url), backup, from, to, e);
            throw e;
        }
    }

    private Path backUp(DataSource dataSource, String to) {
        Path file = folder.newFile("-before-v" + to);
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute(BackupFolder.backupStatement(file));
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be backed up before the update migrates it, so it"
                    + " was left as it is (version unchanged): " + e.getMessage(), e);
        }
        folder.written(file);
        return file;
    }

    private void putBack(DataSource dataSource, Path database, Path backup, String from, String to, RuntimeException cause) {
        Path dir = database.toAbsolutePath().getParent();
        Path aside = folder.dir().resolve(backup.getFileName().toString().replace(".tar.gz", "-failed"));
        try {
            try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            Files.createDirectories(aside);
            for (String extension : DATABASE_FILES) {
                Path file = dir.resolve(database.getFileName() + "." + extension);
                if (Files.exists(file)) {
                    Files.move(file, aside.resolve(file.getFileName()));
                }
            }
            new TarReader(backup.toFile(), TarReader.OVERWRITE_MODE, null, null, dir.toFile()).read();
            log.error("The update could not migrate the database from version {} to {} ({}). The database is back as it"
                    + " was before the update, restored from {}; what the failed migration left is in {}. Start the"
                    + " previous ParkGate jar to go on working with all its data, and report this message.",
                    from, to, cause.getMessage(), backup, aside);
        } catch (SQLException | IOException | TarMalformatException | RuntimeException e) {
            log.error("The update could not migrate the database from version {} to {} ({}), and putting the backup"
                    + " back failed too ({}). To go back by hand: stop ParkGate, move the {}.* files of {} aside,"
                    + " unpack the backup with: tar -xzf {} -C {} and start the previous ParkGate jar.",
                    from, to, cause.getMessage(), e.getMessage(), database.getFileName(), dir, backup, dir);
        }
    }

    /** {@code /data/parkgate} of {@code jdbc:hsqldb:file:/data/parkgate;hsqldb.tx=mvcc}. */
    static Path databaseFiles(String url) {
        String path = url.substring(FILE_URL.length());
        int semicolon = path.indexOf(';');
        return Path.of(semicolon < 0 ? path : path.substring(0, semicolon));
    }

    private static String url(DataSource dataSource) {
        try (Connection db = dataSource.getConnection()) {
            return db.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
