package org.parkgate.registry;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A unit in the list: its master data and who is registered in it with which plates. */
public record UnitRow(String code, @Nullable String building, @Nullable BigDecimal areaM2, @Nullable String note,
        String owners, String plates) {
}
