package org.parkgate.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data row of an import file, as read and checked: {@code line} is the row number the user
 * sees in their spreadsheet. A row without a plate is an owner without a vehicle.
 */
public record ImportRow(int line, String name, @Nullable String phone, @Nullable String unit, @Nullable String plate,
        VehicleKind kind, @Nullable String colour, List<ImportProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Rows with the same name, phone and unit are the same owner. */
    String ownerKey() {
        return name + "\u0000" + (phone == null ? "" : phone) + "\u0000" + (unit == null ? "" : unit);
    }
}
