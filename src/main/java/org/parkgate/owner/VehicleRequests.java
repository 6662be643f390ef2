package org.parkgate.owner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.registry.OwnedVehicle;
import org.parkgate.registry.OwnerAccounts;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners ask from the portal to add a plate or change one; the office approves on the Requests
 * page, and the registry changes in the approval's transaction (the gate learns it after the
 * commit, as from the Owners page), or rejects with a reason. Every step is audited. A plate in
 * the wrong format is refused when asked; one registered meanwhile is refused when approved.
 */
@Service
public class VehicleRequests {

    /** What an owner writes with a request, at most. */
    public static final int NOTE_LIMIT = 200;
    /** Requests an owner may have waiting at once: enough for a family, not a flood. */
    public static final int WAITING_LIMIT = 5;

    private static final String COLUMNS = """
            r.id, r.owner, r.kind, r.old_plate, r.plate, r.vehicle, r.note, r.status, r.asked_at,
            r.decided_at, r.decided_by, r.answer""";

    private final JdbcClient jdbc;
    private final RegistryService registry;
    private final OwnerAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    VehicleRequests(JdbcClient jdbc, RegistryService registry, OwnerAccounts accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in owner's vehicles as registered now. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public List<OwnedVehicle> ownVehicles() {
        return registry.vehiclesOf(OwnerAccess.currentOwner());
    }

    /**
     * The signed-in owner asks to add {@code plate} ({@code oldPlate} null) or to change their
     * {@code oldPlate} for it. Returns the request's id.
     *
     * @throws OwnerException or {@code RegistryException} when the request cannot be made as it is
     */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public long ask(@Nullable String oldPlate, String plateAsTyped, VehicleKind vehicle, @Nullable String note) {
        long owner = OwnerAccess.currentOwner();
        String plate = RegistryService.validPlate(plateAsTyped);
        List<String> own = registry.vehiclesOf(owner).stream().map(OwnedVehicle::plate).toList();
        if (oldPlate != null && !own.contains(oldPlate)) {
            throw new OwnerException("error.vehicle-request.not-yours", oldPlate);
        }
        if (own.contains(plate)) {
            throw new OwnerException("error.vehicle-request.yours-already", plate);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LIMIT) {
            throw new OwnerException("error.vehicle-request.note-too-long", NOTE_LIMIT);
        }
        int waiting = jdbc.sql("SELECT COUNT(*) FROM vehicle_request WHERE owner = ? AND status = 'PENDING'")
                .param(owner).query(Integer.class).single();
        if (waiting >= WAITING_LIMIT) {
            throw new OwnerException("error.vehicle-request.too-many", WAITING_LIMIT);
        }
        var kind = oldPlate == null ? VehicleRequest.Kind.ADD : VehicleRequest.Kind.CHANGE;
        var id = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO vehicle_request (owner, kind, old_plate, plate, vehicle, note, status, asked_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(owner, kind.name(), oldPlate, plate, vehicle.name(), text, Timestamp.from(clock.instant()))
                .update(id, "id");
        audit.record(AuditAction.VEHICLE_REQUESTED, plate, RegistryService.ownerSubject(owner) + ", " + kind
                + (oldPlate == null ? "" : " " + oldPlate));
        return java.util.Objects.requireNonNull(id.getKey()).longValue();
    }

    /** The signed-in owner's requests, newest first. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public List<VehicleRequest> own() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vehicle_request r"
                        + " WHERE r.owner = ? ORDER BY r.asked_at DESC, r.id DESC")
                .param(OwnerAccess.currentOwner()).query(VehicleRequests::row).list().stream().map(this::withOwner).toList();
    }

    /** The signed-in owner takes back a request still waiting. */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional
    public void withdraw(long requestId) {
        long owner = OwnerAccess.currentOwner();
        VehicleRequest request = waiting(requestId);
        if (request.ownerId() != owner) {
            throw new OwnerException("error.vehicle-request.not-found");
        }
        decide(request, VehicleRequest.Status.WITHDRAWN, null, AuditAction.VEHICLE_REQUEST_WITHDRAWN);
    }

    /** The requests waiting for the office, oldest first, then the latest decided ones. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<VehicleRequest> forOffice(boolean waitingOnly, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM vehicle_request r"
                        + (waitingOnly ? " WHERE r.status = 'PENDING'" : "")
                        + " ORDER BY CASE WHEN r.status = 'PENDING' THEN 0 ELSE 1 END, "
                        + "CASE WHEN r.status = 'PENDING' THEN r.asked_at END, r.decided_at DESC, r.id DESC LIMIT ?")
                .param(Math.min(limit, 1000)).query(VehicleRequests::row).list().stream().map(this::withOwner).toList();
    }

    /** How many requests wait for the office. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public int waitingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM vehicle_request WHERE status = 'PENDING'").query(Integer.class).single();
    }

    /**
     * The office approves: the plate is added to the owner (for a change, the old one removed
     * first), through the registry and audited there too; the gate learns it after the commit.
     *
     * @throws OwnerException when the request is not waiting; {@code RegistryException} when the
     *         registry refuses (the plate registered meanwhile): nothing changes
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public void approve(long requestId) {
        VehicleRequest request = waiting(requestId);
        if (request.kind() == VehicleRequest.Kind.CHANGE) {
            registry.removeVehicle(request.oldPlate());
        }
        registry.addVehicle(request.ownerId(), request.plate(), request.vehicle(), null);
        decide(request, VehicleRequest.Status.APPROVED, null, AuditAction.VEHICLE_REQUEST_APPROVED);
    }

    /** The office rejects, saying why (shown to the owner). */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public void reject(long requestId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new OwnerException("error.vehicle-request.reason-required");
        }
        if (why.length() > NOTE_LIMIT) {
            throw new OwnerException("error.vehicle-request.note-too-long", NOTE_LIMIT);
        }
        decide(waiting(requestId), VehicleRequest.Status.REJECTED, why, AuditAction.VEHICLE_REQUEST_REJECTED);
    }

    /** The request, locked, if it is still waiting. */
    private VehicleRequest waiting(long requestId) {
        VehicleRequest request = jdbc.sql("SELECT " + COLUMNS + " FROM vehicle_request r"
                        + " WHERE r.id = ? FOR UPDATE")
                .param(requestId).query(VehicleRequests::row).optional()
                .map(this::withOwner).orElseThrow(() -> new OwnerException("error.vehicle-request.not-found"));
        if (request.status() != VehicleRequest.Status.PENDING) {
            throw new OwnerException("error.vehicle-request.decided");
        }
        return request;
    }

    private void decide(VehicleRequest request, VehicleRequest.Status status, @Nullable String answer,
            AuditAction action) {
        jdbc.sql("UPDATE vehicle_request SET status = ?, decided_at = ?, decided_by = ?, answer = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), AuditLog.currentActor(), answer, request.id())
                .update();
        audit.record(action, request.plate(), RegistryService.ownerSubject(request.ownerId()) + ", request "
                + request.id() + (answer == null ? "" : ": " + answer));
    }

    /** The request with its owner's name and unit, from the registry. */
    private VehicleRequest withOwner(VehicleRequest request) {
        return accounts.accounts(List.of(request.ownerId())).stream().findFirst()
                .map(owner -> new VehicleRequest(request.id(), request.ownerId(), owner.name(), owner.unit(),
                        request.kind(), request.oldPlate(), request.plate(), request.vehicle(), request.note(),
                        request.status(), request.askedAt(), request.decidedAt(), request.decidedBy(), request.answer()))
                .orElse(request);
    }

    private static VehicleRequest row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new VehicleRequest(rs.getLong("id"), rs.getLong("owner"), "", null,
                VehicleRequest.Kind.valueOf(rs.getString("kind")), rs.getString("old_plate"), rs.getString("plate"),
                VehicleKind.valueOf(rs.getString("vehicle")), rs.getString("note"),
                VehicleRequest.Status.valueOf(rs.getString("status")), rs.getTimestamp("asked_at").toInstant(),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"), rs.getString("answer"));
    }
}
