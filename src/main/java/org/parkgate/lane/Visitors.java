package org.parkgate.lane;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkgate.access.ListStatus;
import org.parkgate.access.Listing;
import org.parkgate.lot.VisitorRules;
import org.parkgate.lot.VisitorRulesService;
import org.parkgate.registry.OwnerAccounts;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visitors owners register in the portal: a plate, a lot and a window. Within it the lane lets the
 * plate in as that owner's visitor (also where the lot takes no visitors), charged by the lot's
 * {@link VisitorRules}; cancelling takes effect at the next read. Each lot limits how many an owner
 * registers a calendar month (cancelled ones are not counted) and how long a window may be.
 */
@Service
public class Visitors {

    /** How far ahead a visit may be registered. */
    public static final Duration AHEAD = Duration.ofDays(30);
    /** A start this much in the past is taken as "now" (the form was filled in a minute ago). */
    static final Duration LATE_START = Duration.ofMinutes(10);
    private static final String COLUMNS = "id, owner, lot, plate, starts_at, ends_at, free, billed_to_owner, cancelled_at";

    private final JdbcClient jdbc;
    private final Site site;
    private final VisitorRulesService rules;
    private final VehicleDirectory vehicles;
    private final OwnerAccounts owners;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Visitors(JdbcClient jdbc, Site site, VisitorRulesService rules, VehicleDirectory vehicles, OwnerAccounts owners,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.site = site;
        this.rules = rules;
        this.vehicles = vehicles;
        this.owners = owners;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in owner registers {@code plate} as their visitor at {@code lot} from
     * {@code startsAt} for {@code length}.
     *
     * @throws LaneException (or {@code RegistryException} for the plate) when the visit cannot be
     *         registered as it is; nothing is stored
     */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public VisitorPass register(String lot, String plateAsTyped, Instant startsAt, Duration length) {
        long owner = OwnerAccess.currentOwner();
        if (!site.lotIds().contains(lot)) {
            throw new LaneException("error.visitor.lot-unknown", lot);
        }
        String plate = RegistryService.validPlate(plateAsTyped);
        VisitorRules lotRules = rules.rules(lot);
        if (lotRules.perMonth() == 0) {
            throw new LaneException("error.visitor.not-here", site.lotName(lot));
        }
        Instant now = clock.instant();
        if (startsAt.isBefore(now.minus(LATE_START))) {
            throw new LaneException("error.visitor.in-the-past");
        }
        if (startsAt.isAfter(now.plus(AHEAD))) {
            throw new LaneException("error.visitor.too-far-ahead", AHEAD.toDays());
        }
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofHours(lotRules.maxHours())) > 0) {
            throw new LaneException("error.visitor.too-long", lotRules.maxHours());
        }
        if (vehicles.platesOf(owner).contains(plate)) {
            throw new LaneException("error.visitor.own-vehicle", plate);
        }
        Instant start = startsAt.isBefore(now) ? now : startsAt;
        int used = usedInMonthOf(owner, lot, start);
        if (used >= lotRules.perMonth()) {
            throw new LaneException("error.visitor.month-used", lotRules.perMonth());
        }
        Instant end = start.plus(length);
        boolean free = lotRules.billing().freeForTheVisitor();
        boolean billed = lotRules.billing() == VisitorRules.Billing.OWNER_ACCOUNT;
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO visitor_pass (owner, lot, plate, starts_at, ends_at, free, billed_to_owner, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(owner, lot, plate, Timestamp.from(start), Timestamp.from(end), free, billed, Timestamp.from(now))
                .update(key, "id");
        long id = java.util.Objects.requireNonNull(key.getKey()).longValue();
        audit.record(AuditAction.VISITOR_REGISTERED, plate, RegistryService.ownerSubject(owner) + ", " + lot + ", "
                + start + " - " + end + ", " + lotRules.billing());
        events.publishEvent(new VisitorsChanged(plate));
        return new VisitorPass(id, owner, lot, plate, start, end, free, billed, null);
    }

    /** How many visitors the signed-in owner registered at {@code lot} in the calendar month of today. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public int usedThisMonth(String lot) {
        return usedInMonthOf(OwnerAccess.currentOwner(), lot, clock.instant());
    }

    /** The signed-in owner's visits not over yet and those of the last week, the latest start first. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public List<VisitorPass> own() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM visitor_pass WHERE owner = ? AND ends_at > ?"
                        + " ORDER BY starts_at DESC, id DESC")
                .params(OwnerAccess.currentOwner(), Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                .query(Visitors::row).list();
    }

    /** The signed-in owner cancels a visit: from the next read the plate is no longer let in as theirs. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public void cancel(long visitId) {
        long owner = OwnerAccess.currentOwner();
        VisitorPass visit = jdbc.sql("SELECT " + COLUMNS + " FROM visitor_pass WHERE id = ? AND owner = ? FOR UPDATE")
                .params(visitId, owner).query(Visitors::row).optional()
                .orElseThrow(() -> new LaneException("error.visitor.not-found"));
        if (visit.cancelledAt() != null || !visit.endsAt().isAfter(clock.instant())) {
            throw new LaneException("error.visitor.over");
        }
        jdbc.sql("UPDATE visitor_pass SET cancelled_at = ? WHERE id = ?").params(Timestamp.from(clock.instant()), visitId)
                .update();
        audit.record(AuditAction.VISITOR_CANCELLED, visit.plate(), RegistryService.ownerSubject(owner) + ", visit " + visitId);
        events.publishEvent(new VisitorsChanged(visit.plate()));
    }

    /** The owner (name and unit) whose visitor {@code plate} is at {@code lot} at {@code at}, for the guard. */
    @Transactional(readOnly = true)
    public Optional<OwnerAccounts.Account> hostOf(String plate, String lot, Instant at) {
        return jdbc.sql("SELECT owner FROM visitor_pass WHERE plate = ? AND lot = ? AND cancelled_at IS NULL"
                        + " AND starts_at <= ? AND ends_at > ? ORDER BY starts_at DESC LIMIT 1")
                .params(plate, lot, Timestamp.from(at), Timestamp.from(at)).query(Long.class).optional()
                .flatMap(owner -> owners.accounts(List.of(owner)).stream().findFirst());
    }

    /** The visit billed to its owner that let {@code plate} in at {@code lot} at {@code enteredAt}, if any. */
    Optional<VisitorPass> billedVisitAt(String plate, String lot, Instant enteredAt) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM visitor_pass WHERE plate = ? AND lot = ? AND billed_to_owner"
                        + " AND starts_at <= ? AND ends_at > ? AND (cancelled_at IS NULL OR cancelled_at > ?)"
                        + " ORDER BY starts_at DESC LIMIT 1")
                .params(plate, lot, Timestamp.from(enteredAt), Timestamp.from(enteredAt), Timestamp.from(enteredAt))
                .query(Visitors::row).optional();
    }

    /** The gate's listings of one plate from visits not cancelled and not over. */
    List<Listing> listingsOf(String plate) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM visitor_pass WHERE plate = ? AND cancelled_at IS NULL AND ends_at > ?"
                        + " ORDER BY starts_at, id")
                .params(plate, Timestamp.from(clock.instant())).query(Visitors::row).list().stream()
                .map(Visitors::listing).toList();
    }

    /** The gate's listings of every plate with a visit not cancelled and not over. */
    Map<String, List<Listing>> currentListings() {
        Map<String, List<Listing>> listed = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM visitor_pass WHERE cancelled_at IS NULL AND ends_at > ? ORDER BY starts_at, id")
                .param(Timestamp.from(clock.instant())).query(Visitors::row).list()
                .forEach(visit -> listed.computeIfAbsent(visit.plate(), plate -> new java.util.ArrayList<>())
                        .add(listing(visit)));
        return listed;
    }

    private static Listing listing(VisitorPass visit) {
        return new Listing(visit.free() ? ListStatus.FREE_VISITOR : ListStatus.VISITOR, visit.startsAt().toEpochMilli(),
                visit.endsAt().toEpochMilli());
    }

    private int usedInMonthOf(long owner, String lot, Instant at) {
        ZoneId zone = clock.getZone();
        LocalDate first = LocalDate.ofInstant(at, zone).withDayOfMonth(1);
        return jdbc.sql("SELECT COUNT(*) FROM visitor_pass WHERE owner = ? AND lot = ? AND cancelled_at IS NULL"
                        + " AND starts_at >= ? AND starts_at < ?")
                .params(owner, lot, Timestamp.from(first.atStartOfDay(zone).toInstant()),
                        Timestamp.from(first.plusMonths(1).atStartOfDay(zone).toInstant()))
                .query(Integer.class).single();
    }

    private static VisitorPass row(ResultSet rs, int n) throws SQLException {
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new VisitorPass(rs.getLong("id"), rs.getLong("owner"), rs.getString("lot"), rs.getString("plate"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("free"),
                rs.getBoolean("billed_to_owner"), cancelled == null ? null : cancelled.toInstant());
    }
}
