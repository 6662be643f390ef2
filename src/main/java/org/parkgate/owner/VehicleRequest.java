package org.parkgate.owner;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.parkgate.registry.VehicleKind;

/**
 * An owner's request about a vehicle: to add {@code plate}, or to change {@code oldPlate} for it;
 * where it stands, and (once decided) who decided, when and the office's answer.
 */
public record VehicleRequest(long id, long ownerId, String ownerName, @Nullable String unit, Kind kind,
        @Nullable String oldPlate, String plate, VehicleKind vehicle, @Nullable String note, Status status,
        Instant askedAt, @Nullable Instant decidedAt, @Nullable String decidedBy, @Nullable String answer) {

    /** What is asked. */
    public enum Kind { ADD, CHANGE }

    /** Shown translated as {@code vehicle-request.status.<NAME>}. */
    public enum Status { PENDING, APPROVED, REJECTED, WITHDRAWN }
}
