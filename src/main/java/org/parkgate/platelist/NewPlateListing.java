package org.parkgate.platelist;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A plate to put on a list, as typed: the plate (normalised on saving), the list, why, and the
 * first and last day (both included; no last day = until ended).
 */
public record NewPlateListing(String plate, @Nullable PlateListKind kind, String reason, @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil) {
}
