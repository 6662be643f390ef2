package org.parkgate.ownerfile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One part of the owner file: a heading, then what is known. */
class Section extends VerticalLayout {

    Section(String id, String titleKey) {
        setId(id);
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation(titleKey)));
    }

    /** A grid showing all its rows (the page scrolls, not each list), its columns as wide as their text. */
    static <T> Grid<T> listOf(String id, Grid<T> grid) {
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        return grid;
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
