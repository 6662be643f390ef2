package org.parkgate.arrears;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One owner in the arrears list: who, their plates, and their {@link Standing} since when. */
public record ArrearsRow(long ownerId, String name, @Nullable String unit, @Nullable String phone, String plates,
        Standing standing, LocalDate stageSince) {
}
