package org.parkgate.base;

import java.util.List;

/**
 * Rows for an export or read from an import: a header row and data rows. Cells are
 * {@code String}, {@code Long}/{@code Integer} (numbers), {@code java.math.BigDecimal} (money) or
 * {@code java.time.LocalDate}; null is an empty cell.
 */
public record Table(List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
