package org.parkgate.platelist;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.Plates;
import org.parkgate.base.StartWindow;
import org.parkgate.base.UntilTransactionEnds;
import org.parkgate.registry.ImportProblem;
import org.parkgate.registry.PlateProblems;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's blacklist and always-allow list. Managers and admins add entries, change their
 * reason and days, and end them early (the entry stays as history); guards may read them. Every
 * change is audited and reaches the gate right after its commit ({@link PlateListChanged}). A
 * plate's entries never cover a common day, whichever lists they are on, so the gate never has to
 * choose between refusing and opening.
 */
@Service
public class PlateLists {

    /** The longest reason. */
    public static final int REASON_LENGTH = 200;

    /**
     * The first day of an entry is today or within a year: an earlier one would claim the gate
     * refused or opened before it did, a later one is a typo.
     */
    public static final StartWindow VALIDITY_START = new StartWindow(Period.ZERO, Period.ofYears(1));

    private static final String COLUMNS =
            "id, plate, kind, reason, valid_from, valid_until, created_by, created_at, ended_by, ended_at";
    /** Not ended early and not past its last day: in force, or still to come. */
    private static final String OPEN = "ended_at IS NULL AND (valid_until IS NULL OR valid_until >= :today)";

    private final PlateFormat plateFormat = PlateFormat.chinese(); // the registry's
    private final UntilTransactionEnds plateLocks = new UntilTransactionEnds();
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlateLists(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The entries the filter asks for: plates in order, each plate's newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'GUARD')")
    @Transactional(readOnly = true)
    public List<PlateListEntry> list(PlateListFilter filter) {
        List<String> conditions = new ArrayList<>(List.of("TRUE"));
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
        }
        String plate = Plates.normalize(filter.plate());
        if (!plate.isEmpty()) {
            conditions.add("plate LIKE :plate ESCAPE '\\'");
        }
        if (!filter.withEnded()) {
            conditions.add(OPEN);
        }
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM plate_list_entry WHERE " + String.join(" AND ", conditions)
                + " ORDER BY plate, valid_from DESC, id DESC");
        if (filter.kind() != null) {
            query = query.param("kind", filter.kind().name());
        }
        if (!plate.isEmpty()) {
            query = query.param("plate", "%" + plate.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!filter.withEnded()) {
            query = query.param("today", Date.valueOf(today()));
        }
        return query.query(PlateLists::entry).list();
    }

    /** Puts a plate on a list; returns the entry's id. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public long add(NewPlateListing listing) {
        String plate = Plates.normalize(listing.plate() == null ? "" : listing.plate());
        ImportProblem problem = PlateProblems.of(plateFormat, plate);
        if (problem != null) {
            throw new PlateListException(problem.messageKey(), problem.arguments().toArray());
        }
        PlateListKind kind = listing.kind();
        if (kind == null) {
            throw new PlateListException("error.plate-list.kind");
        }
        String reason = reason(listing.reason());
        LocalDate today = today();
        LocalDate from = firstDay(listing.validFrom(), today);
        requireLastDay(from, listing.validUntil(), today);
        plateLocks.lock(plate); // until commit: two managers listing one plate at once see each other's entry
        refuseOverlap(plate, 0, from, listing.validUntil(), today);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO plate_list_entry (plate, kind, reason, valid_from, valid_until, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(plate, kind.name(), reason, Date.valueOf(from), date(listing.validUntil()),
                        AuditLog.currentActor(), Timestamp.from(clock.instant()))
                .update(key, "id");
        audit.record(AuditAction.PLATE_LISTED, plate, listName(kind) + " " + days(from, listing.validUntil()) + ": "
                + reason);
        events.publishEvent(new PlateListChanged(plate));
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * Changes an entry's reason and days. The first day of an entry already in force stays (end it
     * and add another to start again); a last day may not be before today (end the entry instead).
     *
     * @return whether anything changed (nothing is stored or audited otherwise)
     */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public boolean change(long id, String reasonAsTyped, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil) {
        PlateListEntry entry = lockedOpenEntry(id);
        String reason = reason(reasonAsTyped);
        LocalDate today = today();
        LocalDate from = entry.validFrom();
        if (!Objects.equals(validFrom, from)) {
            if (!from.isAfter(today)) {
                throw new PlateListException("error.plate-list.started", entry.plate(), from.toString());
            }
            from = firstDay(validFrom, today);
        }
        requireLastDay(from, validUntil, today);
        refuseOverlap(entry.plate(), id, from, validUntil, today);
        List<String> changes = new ArrayList<>();
        if (!reason.equals(entry.reason())) {
            changes.add("reason \"" + entry.reason() + "\" -> \"" + reason + "\"");
        }
        if (!from.equals(entry.validFrom()) || !Objects.equals(validUntil, entry.validUntil())) {
            changes.add(days(entry.validFrom(), entry.validUntil()) + " -> " + days(from, validUntil));
        }
        if (changes.isEmpty()) {
            return false; // nothing to save, nothing to audit
        }
        int changed = jdbc.sql("""
                UPDATE plate_list_entry SET reason = ?, valid_from = ?, valid_until = ? WHERE id = ? AND ended_at IS NULL""")
                .params(reason, Date.valueOf(from), date(validUntil), id).update();
        if (changed == 0) { // ended by somebody else a moment ago
            throw new PlateListException("error.plate-list.ended", entry.plate());
        }
        audit.record(AuditAction.PLATE_LISTING_CHANGED, entry.plate(), listName(entry.kind()) + " entry "
                + id + ": " + String.join("; ", changes));
        events.publishEvent(new PlateListChanged(entry.plate()));
        return true;
    }

    /** Ends an entry now (the gate stops honouring it at once); it stays in the list as history. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void end(long id) {
        PlateListEntry entry = lockedOpenEntry(id);
        int ended = jdbc.sql("UPDATE plate_list_entry SET ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL")
                .params(Timestamp.from(clock.instant()), AuditLog.currentActor(), id).update();
        if (ended == 0) { // somebody else ended it a moment ago
            throw new PlateListException("error.plate-list.ended", entry.plate());
        }
        audit.record(AuditAction.PLATE_LISTING_ENDED, entry.plate(), listName(entry.kind()) + " entry " + id + " ("
                + days(entry.validFrom(), entry.validUntil()) + ": " + entry.reason() + ") ended early");
        events.publishEvent(new PlateListChanged(entry.plate()));
    }

    /**
     * The entry as it stands once its plate is locked for this transaction: read again after the
     * lock, so two managers changing it at once change it one after the other, each from what the
     * other saved (and the audit's "before" is what was really there).
     */
    private PlateListEntry lockedOpenEntry(long id) {
        plateLocks.lock(openEntry(id).plate());
        return openEntry(id);
    }

    private PlateListEntry openEntry(long id) {
        PlateListEntry entry = jdbc.sql("SELECT " + COLUMNS + " FROM plate_list_entry WHERE id = ?").param(id)
                .query(PlateLists::entry).optional()
                .orElseThrow(() -> new PlateListException("error.plate-list.not-found"));
        if (!entry.open(today())) {
            throw new PlateListException("error.plate-list.ended", entry.plate());
        }
        return entry;
    }

    private static String reason(@Nullable String typed) {
        String reason = typed == null ? "" : typed.strip();
        if (reason.isEmpty() || reason.length() > REASON_LENGTH) {
            throw new PlateListException("error.plate-list.reason", REASON_LENGTH);
        }
        return reason;
    }

    private static LocalDate firstDay(@Nullable LocalDate from, LocalDate today) {
        if (from == null || !VALIDITY_START.admits(from, today)) {
            throw new PlateListException("error.plate-list.from", VALIDITY_START.latest(today).toString());
        }
        return from;
    }

    private static void requireLastDay(LocalDate from, @Nullable LocalDate until, LocalDate today) {
        if (until == null) {
            return;
        }
        if (until.isBefore(from)) {
            throw new PlateListException("error.plate-list.until-before-from", from.toString(), until.toString());
        }
        if (until.isBefore(today)) {
            throw new PlateListException("error.plate-list.until-past", until.toString());
        }
    }

    /** Whichever list: a plate is on one list at a time, and not twice on the same one. */
    private void refuseOverlap(String plate, long exceptId, LocalDate from, @Nullable LocalDate until, LocalDate today) {
        jdbc.sql("SELECT " + COLUMNS + " FROM plate_list_entry WHERE plate = :plate AND id <> :id AND " + OPEN
                        + " ORDER BY valid_from")
                .param("plate", plate).param("id", exceptId).param("today", Date.valueOf(today))
                .query(PlateLists::entry).stream()
                .filter(other -> other.overlaps(from, until))
                .findFirst()
                .ifPresent(other -> {
                    int list = other.kind() == PlateListKind.BLACKLIST ? 0 : 1; // the message's {1,choice}
                    throw new PlateListException("error.plate-list.overlap", plate, list,
                            other.validFrom().toString(), other.validUntil() == null ? 0 : 1,
                            String.valueOf(other.validUntil()));
                });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    /** For the audit trail, in words. */
    private static String listName(PlateListKind kind) {
        return kind == PlateListKind.BLACKLIST ? "blacklist" : "always-allow list";
    }

    private static String days(LocalDate from, @Nullable LocalDate until) {
        return "from " + from + (until == null ? " until ended" : " to " + until);
    }

    private static PlateListEntry entry(ResultSet rs, int row) throws SQLException {
        Date until = rs.getDate("valid_until");
        Timestamp ended = rs.getTimestamp("ended_at");
        return new PlateListEntry(rs.getLong("id"), rs.getString("plate"), PlateListKind.valueOf(rs.getString("kind")),
                rs.getString("reason"), rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("ended_by"),
                ended == null ? null : ended.toInstant());
    }
}
