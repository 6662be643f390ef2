package org.parkgate.platelist;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** For the gate: a plate is on {@code kind} from the first day to the last (null: until ended), both included. */
public record ListedPlate(PlateListKind kind, LocalDate validFrom, @Nullable LocalDate validUntil) {
}
