package org.parkgate.lane;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pictures' files: {@code <data-dir>/snapshots/yyyy/MM/dd/<sha-256>.jpg|png}, the day the
 * lane decided, named by content (the same picture sent twice is one file). A file is written
 * under a temporary name, forced to disk, then renamed into place and its folder forced, so a
 * stop never leaves half a picture under a real name. Writing starts before the lane decides and
 * runs beside the passage's own commit; the lane's answer waits for both.
 */
@Component
class SnapshotFiles {

    /** A picture on its way to disk: where it will be, and how large. */
    record Stored(Snapshot.Kind kind, String ref, int bytes) {
    }

    /** Pictures being written: their references (known at once) and when they are on disk. */
    record Writing(List<Stored> stored, CompletableFuture<Void> onDisk) {

        static final Writing NONE = new Writing(List.of(), CompletableFuture.completedFuture(null));
    }

    private static final Logger log = LoggerFactory.getLogger(SnapshotFiles.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    /** How long a lane's answer waits at most for its pictures to be on disk. */
    private static final Duration AT_MOST = Duration.ofSeconds(5);

    private final Path root;
    private final Clock clock;

    SnapshotFiles(@Value("${parkgate.data-dir}") Path dataDir, Clock clock) {
        this.root = dataDir.resolve("snapshots");
        this.clock = clock;
    }

    /** Starts writing the pictures of a read decided at {@code at}. */
    Writing write(List<Snapshot> snapshots, Instant at) {
        if (snapshots.isEmpty()) {
            return Writing.NONE;
        }
        String day = LocalDate.ofInstant(at, clock.getZone()).format(DAY);
        List<Stored> stored = new ArrayList<>(snapshots.size());
        for (Snapshot snapshot : snapshots) {
            stored.add(new Stored(snapshot.kind(), day + "/" + sha256(snapshot.bytes()) + "." + snapshot.format().extension(),
                    snapshot.bytes().length));
        }
        CompletableFuture<Void> onDisk = new CompletableFuture<>();
        Thread.ofVirtual().name("snapshot-write").start(() -> {
            try {
                for (int i = 0; i < snapshots.size(); i++) {
                    writeFile(path(stored.get(i).ref()), snapshots.get(i).bytes());
                }
                onDisk.complete(null);
            } catch (IOException | RuntimeException e) {
                onDisk.completeExceptionally(e);
            }
        });
        return new Writing(List.copyOf(stored), onDisk);
    }

    /**
     * Waits until the pictures are on disk; returns the references of those that are not (none
     * when all went well), after logging why.
     */
    List<String> await(Writing writing, String laneId) {
        if (writing.stored().isEmpty()) {
            return List.of();
        }
        try {
            writing.onDisk().get(AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            return List.of();
        } catch (ExecutionException | TimeoutException e) {
            log.error("Lane {}: pictures could not be stored; the passage keeps no picture", laneId,
                    e instanceof ExecutionException ? e.getCause() : e);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return writing.stored().stream().map(Stored::ref).filter(ref -> !Files.isRegularFile(path(ref))).toList();
    }

    /** Where a reference's file is (it may have been deleted since). */
    Path path(String ref) {
        Path path = root.resolve(ref).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not a picture reference: " + ref);
        }
        return path;
    }

    /** The folder of all pictures. */
    Path root() {
        return root;
    }

    private static void writeFile(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target)) {
            return; // the same picture, by its content
        }
        Path folder = target.getParent();
        boolean newFolder = !Files.isDirectory(folder);
        if (newFolder) {
            Files.createDirectories(folder);
        }
        Path temporary = folder.resolve(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(folder);
        if (newFolder) {
            force(folder.getParent());
        }
    }

    /** Forces a folder's entries to disk (a rename is durable only then); where folders cannot be opened, skipped. */
    private static void force(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notOnThisSystem) { // Windows cannot open a folder as a channel
            log.debug("Folder {} not forced: {}", folder, notOnThisSystem.toString());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
