package org.parkgate.lane;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The pictures stored with passages, for the pages that show them. */
@Component
public class PassageSnapshots {

    private final PassageRecords records;
    private final SnapshotFiles files;
    private final SnapshotCleanup cleanup;
    private final Clock clock;
    private volatile @Nullable Measured measured;

    private record Measured(SnapshotDiskUse use, Instant at) {
    }

    private static final Duration DISK_USE_KEPT = Duration.ofMinutes(1);

    PassageSnapshots(PassageRecords records, SnapshotFiles files, SnapshotCleanup cleanup, Clock clock) {
        this.records = records;
        this.files = files;
        this.cleanup = cleanup;
        this.clock = clock;
    }

    /**
     * What the pictures take on disk and their budget, summed again at most once a minute (the
     * dashboard asks after every passage; the sum reads every picture kept).
     */
    public SnapshotDiskUse diskUse() {
        Measured last = measured;
        Instant now = clock.instant();
        if (last == null || !last.at().plus(DISK_USE_KEPT).isAfter(now) || last.at().isAfter(now)) {
            last = new Measured(cleanup.diskUse(), now);
            measured = last;
        }
        return last.use();
    }

    /** The pictures of a passage (none when it came without), plate close-up first. */
    public List<PassageSnapshot> of(long passageId) {
        return records.snapshots(passageId);
    }

    /** The file of a picture on record, or null when it is gone (deleted, or the reference is not one). */
    public @Nullable Path file(PassageSnapshot snapshot) {
        if (snapshot.deletedAt() != null) {
            return null;
        }
        Path path = files.path(snapshot.ref());
        return Files.isRegularFile(path) ? path : null;
    }
}
