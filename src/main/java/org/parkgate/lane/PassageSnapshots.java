package org.parkgate.lane;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The pictures stored with passages, for the pages that show them. */
@Component
public class PassageSnapshots {

    private final PassageRecords records;
    private final SnapshotFiles files;
    private final SnapshotCleanup cleanup;

    PassageSnapshots(PassageRecords records, SnapshotFiles files, SnapshotCleanup cleanup) {
        this.records = records;
        this.files = files;
        this.cleanup = cleanup;
    }

    /** What the pictures take on disk and their budget. */
    public SnapshotDiskUse diskUse() {
        return cleanup.diskUse();
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
