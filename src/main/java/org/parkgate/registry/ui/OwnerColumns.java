package org.parkgate.registry.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.registry.OwnerRow;

/** The other features' columns of the Owners grid, their cells read once for each page fetched. */
final class OwnerColumns {

    private final Grid<OwnerRow> grid;
    private final List<OwnerColumn> columns;
    private final Map<OwnerColumn, Map<Long, String>> cells = new HashMap<>();

    OwnerColumns(Grid<OwnerRow> grid, List<OwnerColumn> columns) {
        this.grid = grid;
        this.columns = columns;
        for (OwnerColumn column : columns) {
            cells.put(column, new HashMap<>());
            grid.addColumn(row -> cells.get(column).getOrDefault(row.id(), ""))
                    .setHeader(grid.getTranslation(column.headerKey())).setKey(column.headerKey()).setAutoWidth(true);
        }
    }

    /** Reads the cells of a page about to be shown. */
    List<OwnerRow> fetched(List<OwnerRow> page) {
        for (OwnerColumn column : columns) {
            cells.get(column).putAll(column.cells(page.stream().map(OwnerRow::id).toList(), grid));
        }
        return page;
    }
}
