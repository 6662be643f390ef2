package org.parkgate.lane;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Lane;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes passages and pairs entries with exits into stays, durably (committed, write delay off)
 * before the barrier moves and the lane's answer goes out. Text from devices and staff is cut to
 * its column, so a record never fails for its length.
 */
@Component
class PassageRecords {

    /** The longest plate a passage holds (plates are at most 9 characters; longer reads are cut). */
    static final int PLATE_LENGTH = 16;

    private final JdbcClient jdbc;

    private final org.springframework.context.ApplicationEventPublisher events;

    PassageRecords(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a passage (id ignored) and returns it with its id. */
    @Transactional
    Passage record(Passage p) {
        return record(p, List.of());
    }

    /** Stores a passage (id ignored) with the references of its pictures, and returns it with its id. */
    @Transactional
    Passage record(Passage p, List<SnapshotFiles.Stored> snapshots) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO passage (lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due,
                                             message, fuzzy, manual, actor, note, captured_at, decided_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.laneId(), p.lotId(), p.direction().name(), cut(p.plate(), PLATE_LENGTH), cut(p.readAs(), 32),
                        p.confidence(), p.opened(), p.reason(), p.amountDue(), abbreviated(p.message(), 200), p.fuzzy(),
                        p.manual(), cut(p.actor(), 100), abbreviated(p.note(), 200),
                        Timestamp.from(p.capturedAt()), Timestamp.from(p.decidedAt()))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (SnapshotFiles.Stored snapshot : snapshots) {
            jdbc.sql("INSERT INTO passage_snapshot (passage, kind, ref, bytes, stored_at) VALUES (?, ?, ?, ?, ?)")
                    .params(id, snapshot.kind().name(), snapshot.ref(), snapshot.bytes(), Timestamp.from(p.decidedAt()))
                    .update();
        }
        if (p.opened()) {
            pair(p, id);
        }
        Passage stored = p.withId(id);
        events.publishEvent(new PassageStored(stored));
        return stored;
    }

    /**
     * An opening on record whose barrier could not be commanded: the passage becomes not opened,
     * with why, and the stay it began or ended is undone.
     */
    @Transactional
    Passage notOpened(Passage opening, String why) {
        String note = opening.note() == null ? why : opening.note() + "; " + why; // a guard's reason stays
        jdbc.sql("UPDATE passage SET opened = FALSE, note = ? WHERE id = ?").params(abbreviated(note, 200), opening.id())
                .update();
        if (opening.direction() == Lane.Direction.IN) {
            jdbc.sql("DELETE FROM stay WHERE entry_passage = ?").param(opening.id()).update();
        } else {
            jdbc.sql("DELETE FROM stay WHERE exit_passage = ? AND entry_passage IS NULL").param(opening.id()).update();
            jdbc.sql("UPDATE stay SET exit_passage = NULL, exited_at = NULL WHERE exit_passage = ?")
                    .param(opening.id()).update();
        }
        events.publishEvent(new LaneAlarm(opening.laneId(), LaneAlarm.Kind.NOT_OPENED, why,
                opening.decidedAt()));
        return opening.notOpened(note);
    }

    private static @Nullable String abbreviated(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static @Nullable String cut(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** An entry opens a stay; an exit closes the plate's open stay in that lot, or one without entry. */
    private void pair(Passage p, long id) {
        Timestamp at = Timestamp.from(p.decidedAt());
        if (p.direction() == Lane.Direction.IN) {
            jdbc.sql("UPDATE stay SET exited_at = ? WHERE lot = ? AND plate = ? AND exited_at IS NULL") // missed exit
                    .params(at, p.lotId(), p.plate()).update();
            jdbc.sql("INSERT INTO stay (lot, plate, entry_passage, entered_at) VALUES (?, ?, ?, ?)")
                    .params(p.lotId(), p.plate(), id, at).update();
            return;
        }
        List<Timestamp> entered = jdbc.sql("SELECT entered_at FROM stay WHERE lot = ? AND plate = ? AND exited_at IS NULL"
                        + " AND entered_at IS NOT NULL").params(p.lotId(), p.plate()).query(Timestamp.class).list();
        int closed = jdbc.sql("""
                        UPDATE stay SET exit_passage = ?, exited_at = ?
                        WHERE lot = ? AND plate = ? AND exited_at IS NULL""")
                .params(id, at, p.lotId(), p.plate()).update();
        for (Timestamp in : entered) { // told after the commit, for what follows a stay (a visit billed to its owner)
            events.publishEvent(new StayEnded(p.lotId(), p.plate(), in.toInstant(), p.decidedAt()));
        }
        if (closed == 0) {
            jdbc.sql("INSERT INTO stay (lot, plate, exit_passage, exited_at) VALUES (?, ?, ?, ?)")
                    .params(p.lotId(), p.plate(), id, at).update();
        }
    }

    /** A vehicle inside by the records: an entry without exit, and whether it entered as a visitor. */
    record OpenStay(String lotId, String plate, java.time.Instant enteredAt, boolean visitor) {
    }

    @Transactional(readOnly = true)
    List<OpenStay> openStays() {
        return jdbc.sql("""
                        SELECT s.lot, s.plate, s.entered_at, p.reason FROM stay s JOIN passage p ON p.id = s.entry_passage
                        WHERE s.exited_at IS NULL ORDER BY s.entered_at""")
                .query((rs, row) -> new OpenStay(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        java.util.Set.of("VISITOR_ENTRY", Passage.MANUAL_OPEN).contains(rs.getString(4))))
                .list();
    }

    /** The passage recorded last at a lane (by record, whatever the clocks said), or null. */
    @Transactional(readOnly = true)
    @Nullable
    Passage lastRecorded(String laneId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM passage WHERE lane = ? ORDER BY id DESC LIMIT 1").param(laneId)
                .query(PassageRecords::row).optional().orElse(null);
    }

    /** The passage recorded last at any lane, or null before the first. */
    @Transactional(readOnly = true)
    @Nullable
    Passage lastStored() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM passage ORDER BY id DESC LIMIT 1").query(PassageRecords::row)
                .optional().orElse(null);
    }

    /** The passage of this id, or null (never recorded, or archived). */
    @Transactional(readOnly = true)
    @Nullable
    Passage find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM passage WHERE id = ?").param(id).query(PassageRecords::row)
                .optional().orElse(null);
    }

    /** When the plate's open stay in the lot began, by the records; null without one or without its entry. */
    @Transactional(readOnly = true)
    @Nullable
    Instant enteredAt(String lotId, String plate) {
        return jdbc.sql("""
                        SELECT MAX(entered_at) FROM stay WHERE lot = ? AND plate = ? AND exited_at IS NULL""")
                .params(lotId, plate)
                .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
                .list().stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Pictures that did not reach the disk: their passages keep none. */
    @Transactional
    void forgetSnapshots(List<String> refs) {
        for (String ref : refs) {
            jdbc.sql("DELETE FROM passage_snapshot WHERE ref = ? AND deleted_at IS NULL").param(ref).update();
        }
    }

    /** The pictures of a passage, plate first. */
    @Transactional(readOnly = true)
    List<PassageSnapshot> snapshots(long passageId) {
        return jdbc.sql("SELECT kind, ref, bytes, stored_at, deleted_at FROM passage_snapshot WHERE passage = ? ORDER BY kind, id")
                .param(passageId)
                .query((rs, n) -> new PassageSnapshot(Snapshot.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The latest passages, newest first; {@code laneId} null for all lanes. */
    @Transactional(readOnly = true)
    List<Passage> latest(String laneId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM passage WHERE (CAST(? AS VARCHAR(32)) IS NULL OR lane = ?)
                        ORDER BY decided_at DESC, id DESC LIMIT ?""")
                .params(laneId, laneId, limit)
                .query(PassageRecords::row)
                .list();
    }

    /** The columns {@link #row} reads, in its order. */
    static final String COLUMNS = """
            id, lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due, message,
            fuzzy, manual, actor, note, captured_at, decided_at""";

    static Passage row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new Passage(rs.getLong(1), rs.getString(2), rs.getString(3), Lane.Direction.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getString(9), rs.getLong(10),
                rs.getString(11), rs.getBoolean(12), rs.getBoolean(13), rs.getString(14), rs.getString(15),
                rs.getTimestamp(16).toInstant(), rs.getTimestamp(17).toInstant());
    }
}
