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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folder of the embedded database's backups ({@code parkgate.backups.dir}): how a backup is
 * named ({@code parkgate-yyyyMMdd-HHmmss.tar.gz}, or {@code ...-before-v51.tar.gz} when taken
 * before an update migrates the database), the statement that writes one, and the retention of
 * the newest {@code parkgate.backups.keep}.
 */
@Component
class BackupFolder {

    private static final Logger log = LoggerFactory.getLogger(BackupFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("parkgate-\\d{8}-\\d{6}(-before-v[0-9.]+)?\\.tar\\.gz");

    private final Clock clock;
    private final Path dir;
    private final int keep;

    BackupFolder(Clock clock, @Value("${parkgate.backups.dir}") Path dir, @Value("${parkgate.backups.keep}") int keep) {
        if (keep < 1) {
            throw new IllegalStateException("parkgate.backups.keep must be at least 1, not " + keep);
        }
        this.clock = clock;
        this.dir = dir.toAbsolutePath();
        this.keep = keep;
    }

    Path dir() {
        return dir;
    }

    int keep() {
        return keep;
    }

    /** Where a backup made now goes; {@code suffix} ("" or "-before-v51") after the time. */
    Path newFile(String suffix) {
        Path file = dir.resolve("parkgate-" + STAMP.format(clock.instant().atZone(clock.getZone())) + suffix + ".tar.gz");
        if (Files.exists(file)) {
            throw new BackupException("error.backup.too-soon");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BackupException("error.backup.folder", dir.toString());
        }
        return file;
    }

    /** HSQLDB's online backup into {@code file}: lanes and staff go on working while it is written. */
    static String backupStatement(Path file) {
        return "BACKUP DATABASE TO '" + file.toString().replace("'", "''") + "' NOT BLOCKING";
    }

    /** The backup just written to {@code file}; the oldest beyond the retention count go. */
    Backup written(Path file) {
        Backup made = read(file);
        log.info("Database backed up to {} ({} bytes)", file, made.bytes());
        prune();
        return made;
    }

    /** The backups there are, the newest first. */
    List<Backup> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .map(BackupFolder::read).toList();
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
