package org.parkgate.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Column widths for a grid with more columns than an office screen (1400 px) holds at their
 * natural widths: every column takes an equal share of the width and its words wrap (see
 * parkgate.css), so no column is cut off and the grid never scrolls sideways.
 */
public final class GridWidths {

    private GridWidths() {
    }

    public static void shareTheWidth(Grid<?> grid) {
        grid.getColumns().forEach(column -> {
            column.setAutoWidth(false);
            column.setWidth("3rem"); // rem: header and body cells have different font sizes
            column.setFlexGrow(1);
        });
    }
}
