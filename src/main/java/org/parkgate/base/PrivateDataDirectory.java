package org.parkgate.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Before the database opens: the data directory ({@code parkgate.data-dir}) is made readable by
 * ParkGate's own user only (0700) and the files already in it 0600, since the database and its
 * log hold personal data and pay tokens. Files the database creates later sit inside that
 * directory, which nobody else can enter. On a file system without POSIX permissions (Windows)
 * the directory is only created: protect it with the service account's ACLs.
 */
public final class PrivateDataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String dir = event.getEnvironment().getProperty("parkgate.data-dir");
        if (dir != null && !dir.isBlank()) {
            secure(Path.of(dir));
        }
    }

    static void secure(Path dir) {
        try {
            Files.createDirectories(dir);
            if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return;
            }
            Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.setPosixFilePermissions(file, Files.isDirectory(file) ? OWNER_ONLY_DIRECTORY : OWNER_ONLY_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the data directory " + dir + " private", e);
        }
    }
}
