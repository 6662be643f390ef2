package org.parkgate.lane;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the pictures within their budget, every night: first those older than {@code
 * parkgate.snapshots.retention-days}, then, while the pictures kept take more than {@code
 * parkgate.snapshots.budget-gb}, the oldest ones. A deleted picture's row stays with its
 * passage, marked deleted; passages themselves are never touched.
 */
@Component
class SnapshotCleanup {

    private static final Logger log = LoggerFactory.getLogger(SnapshotCleanup.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final SnapshotFiles files;
    private final Clock clock;
    private final Duration retention;
    private final long budgetBytes;

    SnapshotCleanup(JdbcClient jdbc, SnapshotFiles files, Clock clock,
            @Value("${parkgate.snapshots.retention-days}") long retentionDays,
            @Value("${parkgate.snapshots.budget-gb}") double budgetGb) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
        this.budgetBytes = (long) (budgetGb * 1_000_000_000L);
    }

    @Scheduled(cron = "${parkgate.snapshots.cleanup-cron}", zone = "${parkgate.zone}")
    void nightly() {
        try {
            int deleted = cleanUp();
            if (deleted > 0) {
                log.info("Pictures: {} deleted for their retention or the disk budget; {} bytes kept", deleted,
                        diskUse().usedBytes());
            }
        } catch (RuntimeException e) {
            log.error("Pictures could not be cleaned up; the next night tries again", e);
        }
    }

    /** Deletes what the retention and the budget ask; returns how many pictures (files) went. */
    int cleanUp() {
        int deleted = 0;
        List<Kept> old;
        while (!(old = kept(Timestamp.from(clock.instant().minus(retention)))).isEmpty()) {
            deleted += delete(old.stream().map(Kept::ref).toList());
        }
        long used = diskUse().usedBytes();
        List<Kept> oldest;
        while (used > budgetBytes && !(oldest = kept(null)).isEmpty()) {
            for (Kept picture : oldest) {
                deleted += delete(List.of(picture.ref()));
                used -= picture.bytes();
                if (used <= budgetBytes) {
                    break;
                }
            }
        }
        return deleted;
    }

    /** What the pictures kept take (each file once), against the budget. */
    SnapshotDiskUse diskUse() {
        Long used = jdbc.sql("""
                        SELECT SUM(bytes) FROM (SELECT ref, MAX(bytes) AS bytes FROM passage_snapshot
                        WHERE deleted_at IS NULL GROUP BY ref) kept""")
                .query(Long.class).optional().orElse(0L);
        return new SnapshotDiskUse(used == null ? 0 : used, budgetBytes);
    }

    private record Kept(String ref, long bytes) {
    }

    /** Pictures kept (stored before {@code before}, when given), oldest first, a batch at a time. */
    private List<Kept> kept(@Nullable Timestamp before) {
        String sql = "SELECT ref, MAX(bytes) FROM passage_snapshot WHERE deleted_at IS NULL"
                + (before == null ? "" : " AND stored_at < ?") + " GROUP BY ref ORDER BY MIN(id) LIMIT " + BATCH;
        var query = before == null ? jdbc.sql(sql) : jdbc.sql(sql).param(before);
        return query.query((rs, n) -> new Kept(rs.getString(1), rs.getLong(2))).list();
    }

    private int delete(List<String> refs) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String ref : refs) {
            try {
                Files.deleteIfExists(files.path(ref));
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Picture {} could not be deleted: {}; marked deleted all the same", ref, e.toString());
            }
            jdbc.sql("UPDATE passage_snapshot SET deleted_at = ? WHERE ref = ? AND deleted_at IS NULL").params(now, ref).update();
        }
        return refs.size();
    }
}
