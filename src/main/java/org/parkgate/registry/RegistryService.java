package org.parkgate.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.PlateFormat;
import org.parkgate.access.Plates;
import org.parkgate.base.LotNames;
import org.parkgate.base.SqlDialect;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners and their vehicles. Plates are stored normalised and must be valid plates; a refused
 * change throws {@link RegistryException} and writes nothing.
 */
@Service
@PreAuthorize(Role.Names.OFFICE)
public class RegistryService {

    /** Who reads one owner: the office, the owner themselves, another system keeping the registry in step. */
    private static final String READERS = Role.Names.OFFICE_OR_THE_OWNER
            + " or hasAnyAuthority('SCOPE_owners:read', 'SCOPE_owners:write')";

    private final OwnerRepository owners;
    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final UnitRecords units;
    private final AuditLog audit;
    private final LotNames lots;

    RegistryService(OwnerRepository owners, JdbcClient jdbc, SqlDialect sql, Clock clock, ApplicationEventPublisher events,
            UnitRecords units, AuditLog audit, LotNames lots) {
        this.owners = owners;
        this.lots = lots;
        this.units = units;
        this.audit = audit;
        this.jdbc = jdbc;
        this.sql = sql;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize(Role.Names.OFFICE_OR_OWNERS_WRITE)
    @Transactional
    public long createOwner(NewOwner request) {
        refuse(OwnerRules.nameProblem(request.name()));
        refuse(OwnerRules.phoneProblem(request.phone()));
        refuse(OwnerRules.unitProblem(request.unit()));
        units.ensure(blankToNull(request.unit()));
        Owner saved = owners.save(Owner.create(request.name().strip(), blankToNull(request.phone()),
                blankToNull(request.unit()), clock.instant()));
        long id = Objects.requireNonNull(saved.id());
        audit.record(AuditAction.OWNER_CREATED, ownerSubject(id), saved.name()
                + (saved.unit() == null ? "" : ", " + saved.unit()) + (saved.phone() == null ? "" : ", " + saved.phone()));
        return id;
    }

    /**
     * The plate as the registry stores it (normalised), for whoever takes a typed plate before it
     * reaches the registry (an owner's request).
     *
     * @throws RegistryException what is wrong with it, in the registry's words
     */
    public static String validPlate(@Nullable String plateAsTyped) {
        String plate = Plates.normalize(plateAsTyped == null ? "" : plateAsTyped);
        ImportProblem problem = PlateProblems.of(PlateFormat.chinese(), plate);
        if (problem != null) {
            throw new RegistryException(problem.messageKey(), problem.arguments().toArray());
        }
        return plate;
    }

    /** Adds a vehicle; returns the plate as stored (normalised). */
    @PreAuthorize(Role.Names.OFFICE_OR_OWNERS_WRITE)
    @Transactional
    public String addVehicle(long ownerId, String plateAsTyped, VehicleKind kind, @Nullable String colour) {
        String plate = validPlate(plateAsTyped);
        if (plateOwner(plate) != null) {
            throw new RegistryException("error.vehicle.plate-taken", plate);
        }
        refuse(OwnerRules.colourProblem(colour));
        Owner owner = owners.findById(ownerId).orElseThrow(() -> new RegistryException("error.owner.not-found"));
        try {
            owners.save(owner.withVehicle(new Vehicle(null, plate, kind, blankToNull(colour))));
        } catch (DuplicateKeyException raced) {
            throw new RegistryException("error.vehicle.plate-taken", plate);
        }
        audit.record(AuditAction.VEHICLE_ADDED, plate, ownerSubject(ownerId) + ", " + kind);
        events.publishEvent(new VehicleRegistered(ownerId, plate)); // the gate learns it after commit
        return plate;
    }

    /** Removes a vehicle from its owner; from then on the gate treats the plate as a visitor's. */
    @PreAuthorize(Role.Names.OFFICE_OR_OWNERS_WRITE)
    @Transactional
    public void removeVehicle(String plateAsTyped) {
        String plate = Plates.normalize(plateAsTyped == null ? "" : plateAsTyped);
        if (plate.isEmpty()) {
            throw new RegistryException("error.plate.required");
        }
        Long ownerId = plateOwner(plate);
        if (ownerId == null) {
            throw new RegistryException("error.pass.plate-unknown", plate);
        }
        Owner owner = owners.findById(ownerId).orElseThrow(() -> new RegistryException("error.owner.not-found"));
        owners.save(owner.withoutVehicle(plate));
        audit.record(AuditAction.VEHICLE_REMOVED, plate, ownerSubject(ownerId));
        events.publishEvent(new VehicleRemoved(ownerId, plate));
    }

    /** Adds a space to a lot (numbers are unique per lot); returns its id. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public long addSpace(String lot, String number) {
        String lotId = lot == null ? "" : lot.strip();
        String spaceNumber = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (lotId.isEmpty() || lotId.length() > 32 || spaceNumber.isEmpty() || spaceNumber.length() > 16) {
            throw new RegistryException("error.space.invalid");
        }
        if (!lots.lotIds().contains(lotId)) {
            throw new RegistryException("error.space.lot-unknown", lotId);
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO parking_space (lot, number) VALUES (?, ?)").params(lotId, spaceNumber).update(key, "id");
        } catch (DuplicateKeyException taken) {
            throw new RegistryException("error.space.taken", lots.lotName(lotId), spaceNumber);
        }
        audit.record(AuditAction.SPACE_ADDED, lotId + " " + spaceNumber, null);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Assigns a space to the owner of {@code plate}, or frees it when {@code plate} is blank. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void assignSpace(long spaceId, @Nullable String plate) {
        // a list, not optional(): a free space's owner is NULL, which optional() would take for "no such space"
        record Space(String name, @Nullable Long owner) {
        }
        List<Space> found = jdbc.sql("SELECT lot, number, owner FROM parking_space WHERE id = ?").param(spaceId)
                .query((rs, row) -> new Space(rs.getString(1) + " " + rs.getString(2), (Long) rs.getObject(3, Long.class)))
                .list();
        if (found.isEmpty()) {
            throw new RegistryException("error.space.not-found");
        }
        Long before = found.getFirst().owner();
        Long owner = null;
        if (plate != null && !plate.isBlank()) {
            owner = plateOwner(Plates.normalize(plate));
            if (owner == null) {
                throw new RegistryException("error.pass.plate-unknown", Plates.normalize(plate));
            }
        }
        jdbc.sql("UPDATE parking_space SET owner = ? WHERE id = ?").params(owner, spaceId).update();
        audit.record(AuditAction.SPACE_ASSIGNED, found.getFirst().name(), (before == null ? "free" : ownerSubject(before))
                + " -> " + (owner == null ? "free" : ownerSubject(owner) + " (" + Plates.normalize(plate) + ")"));
        if (before != null) {
            events.publishEvent(new SpacesChanged(before));
        }
        if (owner != null) {
            events.publishEvent(new SpacesChanged(owner));
        }
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional(readOnly = true)
    public List<SpaceRow> spaces() {
        return jdbc.sql("""
                SELECT s.id, s.lot, s.number, s.owner, o.name, o.unit
                FROM parking_space s LEFT JOIN owner o ON o.id = s.owner
                ORDER BY s.lot, s.number""")
                .query((rs, row) -> new SpaceRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The owner id of a registered plate, or null. */
    @PreAuthorize(Role.Names.OFFICE_OR_OWNERS_WRITE)
    @Transactional(readOnly = true)
    public @Nullable Long plateOwner(String plate) {
        return jdbc.sql("SELECT owner FROM vehicle WHERE plate = ?").param(plate).query(Long.class).optional()
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public List<OwnerRow> find(OwnerQuery query) {
        String order = switch (query.sort()) {
            case NAME -> "o.name_order";
            case UNIT -> "o.unit";
            case PHONE -> "o.phone";
        };
        // the page first, then the plates of its rows only
        return jdbc.sql("""
                SELECT o.id, o.name, o.phone, o.unit, %s
                FROM (SELECT o.id, o.name, o.name_order, o.phone, o.unit FROM owner o
                      WHERE %s ORDER BY %s %s, o.id LIMIT :limit OFFSET :offset) o
                ORDER BY %s %s, o.id""".formatted(OwnerFilter.plates(sql), OwnerFilter.sql(query.text()), order,
                        direction(query), order, direction(query)))
                .params(OwnerFilter.params(query.text()))
                .param("limit", query.limit())
                .param("offset", query.offset())
                .query(RegistryService::ownerRow)
                .list();
    }

    /** One owner as the owners list shows them; empty when there is no such owner. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public Optional<OwnerRow> owner(long ownerId) {
        return jdbc.sql("SELECT o.id, o.name, o.phone, o.unit, %s FROM owner o WHERE o.id = ?"
                        .formatted(OwnerFilter.plates(sql)))
                .param(ownerId).query(RegistryService::ownerRow).optional();
    }

    /** The owner's vehicles by plate. */
    @Transactional(readOnly = true)
    @PreAuthorize(READERS)
    public List<OwnedVehicle> vehiclesOf(long ownerId) {
        return jdbc.sql("SELECT plate, kind, colour FROM vehicle WHERE owner = ? ORDER BY plate").param(ownerId)
                .query((rs, row) -> new OwnedVehicle(rs.getString("plate"), VehicleKind.valueOf(rs.getString("kind")),
                        rs.getString("colour")))
                .list();
    }

    /** The names of these owners, by id (ids of no owner are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ownerIds) {
        Map<Long, String> names = new HashMap<>();
        if (!ownerIds.isEmpty()) {
            jdbc.sql("SELECT id, name FROM owner WHERE id IN (:ids)").param("ids", ownerIds)
                    .query(rs -> {
                        names.put(rs.getLong("id"), rs.getString("name"));
                    });
        }
        return names;
    }

    private static OwnerRow ownerRow(ResultSet rs, int row) throws SQLException {
        return new OwnerRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5) == null ? "" : rs.getString(5));
    }

    private static String direction(OwnerQuery query) {
        return query.ascending() ? "ASC" : "DESC";
    }

    @Transactional(readOnly = true)
    public int count(OwnerQuery query) {
        return jdbc.sql("SELECT COUNT(*) FROM owner o WHERE " + OwnerFilter.sql(query.text())).params(OwnerFilter.params(query.text()))
                .query(Integer.class).single();
    }

    /**
     * For the integration API: owners registered in [{@code from}, {@code until}) with an id after
     * {@code afterId}, by id, at most {@code limit}, with their plates.
     */
    @PreAuthorize("hasAuthority('SCOPE_owners:read')")
    @Transactional(readOnly = true)
    public List<OwnerRow> ownersAfter(java.time.Instant from, java.time.Instant until, long afterId, int limit) {
        return jdbc.sql("""
                        SELECT o.id, o.name, o.phone, o.unit, %s
                        FROM owner o WHERE o.id > ? AND o.created_at >= ? AND o.created_at < ? ORDER BY o.id LIMIT ?""".formatted(OwnerFilter.plates(sql)))
                .params(afterId, java.sql.Timestamp.from(from), java.sql.Timestamp.from(until),
                        Math.min(Math.max(limit, 1), 1000))
                .query((rs, row) -> new OwnerRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? "" : rs.getString(5)))
                .list();
    }

    /** How audit entries name an owner. */
    public static String ownerSubject(long ownerId) {
        return "owner " + ownerId;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return OwnerRules.blankToNull(value);
    }

    private static void refuse(@Nullable String problem) {
        if (problem != null) {
            throw new RegistryException(problem);
        }
    }
}
