package org.parkgate.exemption;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.ArrearsStage;
import org.parkgate.access.Plates;
import org.parkgate.arrears.ArrearsDirectory;
import org.parkgate.base.StartWindow;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleDirectory;
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
 * Exemptions for one registered vehicle or for all vehicles of its owner. Any staff member but a guard may ask for one; a manager (or
 * admin) who did not ask decides. Only approved exemptions reach the gate. Every request and
 * decision is in the audit trail.
 */
@Service
public class ExemptionService {

    /** Approved exemptions ending within this many days are listed as EXPIRING. */
    public static final int EXPIRING_DAYS = 7;

    /**
     * An exemption may start at most 31 days ago (granted late for the month already begun) and at
     * most a year ahead; earlier or later is a typo, and it would be approved and reported as such.
     */
    public static final StartWindow VALIDITY_START = new StartWindow(Period.ofDays(31), Period.ofYears(1));

    /** The longest an exemption lasts (first and last day included): reviewed at least this often. */
    public static final Period LONGEST = Period.ofYears(3);

    private final JdbcClient jdbc;
    private final RegistryService registry;
    private final VehicleDirectory vehicles;
    private final ArrearsDirectory arrears;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExemptionService(JdbcClient jdbc, RegistryService registry, VehicleDirectory vehicles, ArrearsDirectory arrears,
            AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.vehicles = vehicles;
        this.arrears = arrears;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public long request(NewExemption request) {
        String plate = Plates.normalize(request.plate() == null ? "" : request.plate());
        if (plate.isEmpty()) {
            throw new ExemptionException("error.plate.required");
        }
        Long owner = registry.plateOwner(plate);
        if (owner == null) {
            throw new ExemptionException("error.pass.plate-unknown", plate);
        }
        if (request.kind() == null || request.validFrom() == null || request.validUntil() == null) {
            throw new ExemptionException("error.exemption.incomplete");
        }
        requireSaneValidity(request.validFrom(), request.validUntil());
        int amount = switch (request.kind()) {
            case FULL -> 0;
            case PERCENT -> requireBetween(request.amount(), 1, 100, "error.exemption.percent");
            case FREE_MINUTES -> requireBetween(request.amount(), 1, 24 * 60, "error.exemption.minutes");
        };
        String reason = request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > 200) {
            throw new ExemptionException("error.exemption.reason");
        }
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO exemption (plate, owner, kind, amount, valid_from, valid_until, reason, status,
                                       requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(request.wholeOwner() ? null : plate, request.wholeOwner() ? owner : null, request.kind().name(), amount, Date.valueOf(request.validFrom()),
                        Date.valueOf(request.validUntil()), reason, AuditLog.currentActor(), Timestamp.from(clock.instant()))
                .update(key, "id");
        audit.record(AuditAction.EXEMPTION_REQUESTED, request.wholeOwner() ? "owner " + owner + " (" + plate + ")" : plate,
                request.kind() + " " + request.validFrom() + ".."
                + request.validUntil() + ": " + reason);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * Whether the owner of this registered plate is suspended for arrears: the gate then refuses
     * their vehicles at the entrance, exemption or not, until the arrears are paid.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public boolean gateRefusesOwnerOf(String plate) {
        Long owner = registry.plateOwner(Plates.normalize(plate));
        return owner != null && arrears.of(owner).stage() == ArrearsStage.SUSPENDED;
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void approve(long id) {
        decide(id, "APPROVED", AuditAction.EXEMPTION_APPROVED);
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void reject(long id) {
        decide(id, "REJECTED", AuditAction.EXEMPTION_REJECTED);
    }

    private void decide(long id, String status, AuditAction action) {
        record Pending(@Nullable String plate, @Nullable Long owner, String requestedBy) {
        }
        Pending pending = jdbc.sql("SELECT plate, owner, requested_by FROM exemption WHERE id = ? AND status = 'PENDING'")
                .param(id).query((rs, row) -> new Pending(rs.getString(1), (Long) rs.getObject(2, Long.class),
                        rs.getString(3))).optional()
                .orElseThrow(() -> new ExemptionException("error.exemption.not-pending"));
        String user = AuditLog.currentActor();
        if (pending.requestedBy().equals(user)) {
            throw new ExemptionException("error.exemption.own-request");
        }
        jdbc.sql("UPDATE exemption SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(status, user, Timestamp.from(clock.instant()), id).update();
        audit.record(action, pending.plate() != null ? pending.plate() : "owner " + pending.owner(), "exemption " + id);
        Long owner = pending.owner() != null ? pending.owner() : registry.plateOwner(pending.plate());
        if (owner != null) { // a vehicle removed since the request has no owner to recompute
            events.publishEvent(new ExemptionsChanged(owner));
        }
    }

    /**
     * Newest first; {@code status} null lists all. Each row says whether its owner is suspended
     * for arrears (the gate then refuses the vehicles despite the exemption).
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<ExemptionRow> list(@Nullable ExemptionStatus status) {
        return rows("TRUE", Map.of()).stream().filter(row -> status == null || row.status() == status).toList();
    }

    /**
     * The owner's exemptions, newest first: those for all their vehicles and those for a vehicle
     * they have now; as {@link #list}.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<ExemptionRow> ofOwner(long ownerId) {
        return rows("e.owner = :owner OR e.plate IN (SELECT v.plate FROM vehicle v WHERE v.owner = :owner)",
                Map.of("owner", ownerId));
    }

    private List<ExemptionRow> rows(String condition, Map<String, Object> params) {
        LocalDate today = LocalDate.now(clock);
        record Stored(ExemptionRow row, @Nullable Long owner) {
        }
        List<Stored> stored = jdbc.sql("""
                SELECT e.id, e.plate, e.owner, o.name, e.kind, e.amount, e.valid_from, e.valid_until, e.reason, e.status,
                       e.requested_by, e.decided_by
                FROM exemption e LEFT JOIN owner o ON o.id = e.owner
                WHERE %s
                ORDER BY e.requested_at DESC, e.id DESC""".formatted(condition))
                .params(params)
                .query((rs, row) -> new Stored(new ExemptionRow(rs.getLong("id"), rs.getString("plate"),
                        rs.getString("name"), ExemptionKind.valueOf(rs.getString("kind")), rs.getInt("amount"),
                        rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_until").toLocalDate(),
                        rs.getString("reason"), status(rs.getString("status"), rs.getDate("valid_from").toLocalDate(),
                                rs.getDate("valid_until").toLocalDate(), today),
                        rs.getString("requested_by"), rs.getString("decided_by"), false),
                        (Long) rs.getObject("owner", Long.class)))
                .list();
        Set<Long> suspended = arrears.suspendedOwners();
        if (suspended.isEmpty()) {
            return stored.stream().map(Stored::row).toList();
        }
        Map<String, Long> plateOwners = vehicles.ownersOf(stored.stream().map(found -> found.row().plate())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return stored.stream().map(found -> {
            Long owner = found.owner() != null ? found.owner() : plateOwners.get(found.row().plate());
            return owner != null && suspended.contains(owner) ? found.row().withOwnerSuspended() : found.row();
        }).toList();
    }

    static ExemptionStatus status(String stored, LocalDate from, LocalDate until, LocalDate today) {
        return switch (stored) {
            case "PENDING" -> ExemptionStatus.PENDING;
            case "REJECTED" -> ExemptionStatus.REJECTED;
            default -> today.isBefore(from) ? ExemptionStatus.UPCOMING
                    : today.isAfter(until) ? ExemptionStatus.EXPIRED
                    : !today.plusDays(EXPIRING_DAYS).isBefore(until) ? ExemptionStatus.EXPIRING
                    : ExemptionStatus.ACTIVE;
        };
    }

    /** Dates in order, the first within {@link #VALIDITY_START}, lasting at most {@link #LONGEST}. */
    private void requireSaneValidity(LocalDate from, LocalDate until) {
        if (until.isBefore(from)) {
            throw new ExemptionException("error.exemption.window");
        }
        LocalDate today = LocalDate.now(clock);
        if (!VALIDITY_START.admits(from, today)) {
            throw new ExemptionException("error.exemption.start-window", VALIDITY_START.earliest(today),
                    VALIDITY_START.latest(today));
        }
        LocalDate lastAllowed = from.plus(LONGEST).minusDays(1);
        if (until.isAfter(lastAllowed)) {
            throw new ExemptionException("error.exemption.too-long", LONGEST.getYears(), lastAllowed);
        }
    }

    private static int requireBetween(int value, int min, int max, String messageKey) {
        if (value < min || value > max) {
            throw new ExemptionException(messageKey, min, max);
        }
        return value;
    }
}
