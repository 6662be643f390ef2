package org.parkgate.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parkgate.base.SqlDialect;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online backups of the embedded database: HSQLDB's {@code BACKUP DATABASE ... NOT BLOCKING}
 * writes the database files into one .tar.gz while lanes and staff go on working. Named by the
 * time they were made, kept in {@code parkgate.backups.dir}; beyond {@code parkgate.backups.keep}
 * the oldest go. On PostgreSQL ParkGate makes none: the server's own tools do (README, "Backups").
 */
@Service
public class DatabaseBackups {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("parkgate-\\d{8}-\\d{6}\\.tar\\.gz");

    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path dir;
    private final int keep;

    DatabaseBackups(JdbcClient jdbc, SqlDialect sql, AuditLog audit, TransactionTemplate transaction, Clock clock,
            @Value("${parkgate.backups.dir}") Path dir, @Value("${parkgate.backups.keep}") int keep) {
        if (keep < 1) {
            throw new IllegalStateException("parkgate.backups.keep must be at least 1, not " + keep);
        }
        this.jdbc = jdbc;
        this.sql = sql;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.dir = dir.toAbsolutePath();
        this.keep = keep;
    }

    /** False on PostgreSQL, whose backups are the server's business. */
    public boolean available() {
        return !sql.postgres();
    }

    public Path folder() {
        return dir;
    }

    public int keep() {
        return keep;
    }

    /** An admin's "back up now"; audited once the backup is there (the backup itself runs outside any transaction). */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    public Backup backUpNow() {
        Backup made = make();
        transaction.executeWithoutResult(
                status -> audit.record(AuditAction.DATABASE_BACKED_UP, made.name(), made.bytes() + " bytes"));
        return made;
    }

    /** Writes a backup now and lets the oldest beyond the retention count go. */
    synchronized Backup make() {
        if (!available()) {
            throw new BackupException("error.backup.postgresql");
        }
        Path file = dir.resolve("parkgate-" + STAMP.format(clock.instant().atZone(clock.getZone())) + ".tar.gz");
        if (Files.exists(file)) {
            throw new BackupException("error.backup.too-soon");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BackupException("error.backup.folder", dir.toString());
        }
        jdbc.sql("BACKUP DATABASE TO '" + file.toString().replace("'", "''") + "' NOT BLOCKING").update();
        Backup made = read(file);
        log.info("Database backed up to {} ({} bytes)", file, made.bytes());
        prune();
        return made;
    }

    /** The backups there are, the newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .map(DatabaseBackups::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(dir.resolve(old.name()));
                log.info("Backup {} deleted: {} newer ones are kept", old.name(), keep);
            } catch (IOException e) {
                log.warn("Backup {} could not be deleted", old.name(), e);
            }
        }
    }

    private static Backup read(Path file) {
        try {
            return new Backup(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
