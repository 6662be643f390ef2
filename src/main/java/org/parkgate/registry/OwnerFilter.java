package org.parkgate.registry;

import java.util.Locale;
import java.util.Map;
import org.parkgate.access.Plates;

/**
 * The search box of every owner list: a text that matches name, phone, unit or plate, as an SQL
 * condition on an owner table aliased {@code o}, with named parameters.
 */
public final class OwnerFilter {

    public static final String SQL = """
            (:text = '' OR LOWER(o.name) LIKE :like OR o.phone LIKE :like OR LOWER(o.unit) LIKE :like
             OR EXISTS (SELECT 1 FROM vehicle v WHERE v.owner = o.id AND v.plate LIKE :plate))""";

    /** The owner's plates, comma-separated, as an SQL expression on {@code o}. */
    public static final String PLATES =
            "(SELECT GROUP_CONCAT(v.plate ORDER BY v.plate SEPARATOR ', ') FROM vehicle v WHERE v.owner = o.id)";

    private OwnerFilter() {
    }

    public static Map<String, Object> params(String text) {
        String stripped = text == null ? "" : text.strip();
        return Map.of(
                "text", stripped,
                "like", "%" + stripped.toLowerCase(Locale.ROOT) + "%",
                "plate", "%" + Plates.normalize(stripped) + "%");
    }
}
