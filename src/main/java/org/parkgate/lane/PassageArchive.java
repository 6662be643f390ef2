package org.parkgate.lane;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parkgate.base.Table;
import org.parkgate.base.TableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps passages for {@code parkgate.passages.keep-days} days (at least 365, as GA/T 1742-2020
 * asks) and moves older ones, every night, to CSV files under {@code <data-dir>/archive/}
 * (one per night's run, UTF-8 with BOM), then out of the database, 10,000 at a time, each batch
 * written and flushed to the file before it is deleted. Stays keep their times; a passage of a
 * vehicle still inside is kept.
 */
@Component
public class PassageArchive {

    /** GA/T 1742-2020: passage records are kept at least this long. */
    public static final int MIN_KEEP_DAYS = 365;
    static final int BATCH = 10_000;
    private static final Logger log = LoggerFactory.getLogger(PassageArchive.class);
    private static final List<String> HEADERS = List.of("id", "lane", "lot", "direction", "plate", "read_as",
            "confidence", "opened", "reason", "amount_due", "message", "fuzzy", "manual", "actor", "note",
            "captured_at", "decided_at");

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Path directory;
    private final int keepDays;
    private final Clock clock;

    PassageArchive(JdbcClient jdbc, TransactionTemplate transaction, @Value("${parkgate.data-dir}") Path dataDir,
            @Value("${parkgate.passages.keep-days}") int keepDays, Clock clock) {
        if (keepDays < MIN_KEEP_DAYS) {
            throw new IllegalStateException("parkgate.passages.keep-days is " + keepDays
                    + ": passages must be kept at least " + MIN_KEEP_DAYS + " days (GA/T 1742-2020)");
        }
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.directory = dataDir.resolve("archive");
        this.keepDays = keepDays;
        this.clock = clock;
    }

    @Scheduled(cron = "${parkgate.passages.archive-cron}", zone = "${parkgate.zone}")
    void nightly() {
        archive();
    }

    /** Moves the passages older than the kept days; returns how many, and the file they are in. */
    public record Archived(int passages, Path file) {
    }

    public Archived archive() {
        LocalDate today = LocalDate.now(clock);
        Instant before = today.minusDays(keepDays).atStartOfDay(clock.getZone()).toInstant();
        Path file = directory.resolve("passages-before-" + today.minusDays(keepDays) + ".csv");
        int moved = 0;
        try {
            Files.createDirectories(directory);
            int batch;
            do {
                batch = moveBatch(before, file, moved == 0 && !Files.exists(file));
                moved += batch;
            } while (batch == BATCH);
        } catch (IOException e) {
            throw new UncheckedIOException("archiving passages to " + file + " failed; nothing more was deleted", e);
        }
        if (moved > 0) {
            log.info("Archived {} passages older than {} days to {}", moved, keepDays, file);
        }
        return new Archived(moved, file);
    }

    private int moveBatch(Instant before, Path file, boolean newFile) throws IOException {
        Integer moved = transaction.execute(status -> {
            List<List<Object>> rows = jdbc.sql("""
                            SELECT id, lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due,
                                   message, fuzzy, manual, actor, note, captured_at, decided_at
                            FROM passage WHERE decided_at < ?
                              AND id NOT IN (SELECT entry_passage FROM stay WHERE exited_at IS NULL
                                             AND entry_passage IS NOT NULL)
                            ORDER BY id LIMIT ?""")
                    .params(Timestamp.from(before), BATCH)
                    .query((rs, n) -> {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= HEADERS.size(); i++) {
                            Object value = rs.getObject(i);
                            row.add(value instanceof java.sql.Timestamp t ? t.toInstant().toString()
                                    : value == null ? null : value.toString());
                        }
                        return row;
                    })
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            append(file, rows, newFile);
            // ids as read from the database (numbers), so they can stand in the statements as they are
            String ids = String.join(",", rows.stream().map(r -> String.valueOf(Long.parseLong((String) r.getFirst())))
                    .toList());
            jdbc.sql("UPDATE stay SET entry_passage = NULL WHERE entry_passage IN (" + ids + ")").update();
            jdbc.sql("UPDATE stay SET exit_passage = NULL WHERE exit_passage IN (" + ids + ")").update();
            return jdbc.sql("DELETE FROM passage WHERE id IN (" + ids + ")").update();
        });
        return moved == null ? 0 : moved;
    }

    private static void append(Path file, List<List<Object>> rows, boolean withHeader) {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            var csv = new java.io.ByteArrayOutputStream();
            TableFiles.write(new Table(HEADERS, rows), TableFiles.Format.CSV, csv);
            byte[] bytes = csv.toByteArray();
            if (!withHeader) {
                bytes = withoutFirstLine(bytes);
            }
            var buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true); // on disk before the rows leave the database
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV without its BOM and header line, to append to a file that has them. */
    private static byte[] withoutFirstLine(byte[] csv) {
        int end = 0;
        while (end < csv.length && csv[end] != '\n') {
            end++;
        }
        return Arrays.copyOfRange(csv, Math.min(csv.length, end + 1), csv.length);
    }
}
