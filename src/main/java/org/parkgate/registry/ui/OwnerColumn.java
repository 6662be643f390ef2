package org.parkgate.registry.ui;

import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A column another feature adds to the Owners page (billing: until when the passes run; arrears:
 * the stage), so the page shows it without the registry depending on that feature. Spring's
 * {@code @Order} on the bean places it among the others.
 */
public interface OwnerColumn {

    /** The translation key of the column's header. */
    String headerKey();

    /**
     * The cells of one page of owners, by owner id, read at once for the page; an owner left out
     * gets an empty cell. {@code where} translates.
     */
    Map<Long, String> cells(List<Long> ownerIds, Component where);

    /** Cells from values read by owner id. */
    static <V> Map<Long, String> texts(Map<Long, V> values, Function<V, String> text) {
        Map<Long, String> cells = new HashMap<>();
        values.forEach((owner, value) -> cells.put(owner, text.apply(value)));
        return cells;
    }
}
