package org.parkgate.exemption;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One exemption as listed: for one vehicle ({@code plate}) or every vehicle of {@code ownerName}. */
public record ExemptionRow(long id, @Nullable String plate, @Nullable String ownerName, ExemptionKind kind, int amount, LocalDate validFrom,
        LocalDate validUntil, String reason, ExemptionStatus status, String requestedBy, @Nullable String decidedBy) {
}
