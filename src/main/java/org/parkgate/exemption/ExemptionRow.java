package org.parkgate.exemption;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One exemption as listed. */
public record ExemptionRow(long id, String plate, ExemptionKind kind, int amount, LocalDate validFrom,
        LocalDate validUntil, String reason, ExemptionStatus status, String requestedBy, @Nullable String decidedBy) {
}
