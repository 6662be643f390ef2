package org.parkgate.exemption;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One exemption as listed: for one vehicle ({@code plate}) or every vehicle of {@code ownerName}.
 * {@code ownerSuspended}: the owner is suspended for arrears, so the gate refuses the vehicles
 * whatever the exemption says until the arrears are paid.
 */
public record ExemptionRow(long id, @Nullable String plate, @Nullable String ownerName, ExemptionKind kind, int amount, LocalDate validFrom,
        LocalDate validUntil, String reason, ExemptionStatus status, String requestedBy, @Nullable String decidedBy,
        boolean ownerSuspended) {

    ExemptionRow withOwnerSuspended() {
        return new ExemptionRow(id, plate, ownerName, kind, amount, validFrom, validUntil, reason, status, requestedBy,
                decidedBy, true);
    }
}
