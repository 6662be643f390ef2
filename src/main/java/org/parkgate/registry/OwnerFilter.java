package org.parkgate.registry;

import java.util.Locale;
import java.util.Map;
import org.parkgate.access.Plates;
import org.parkgate.base.SqlDialect;

/**
 * The search box of every owner list: a text that matches name, phone, unit or plate, as an SQL
 * condition on an owner table aliased {@code o}, with named parameters ({@link #params}).
 */
public final class OwnerFilter {

    private static final String MATCHES = """
            (LOWER(o.name) LIKE :like OR o.phone LIKE :like OR LOWER(o.unit) LIKE :like
             OR o.id IN (SELECT v.owner FROM vehicle v WHERE v.plate LIKE :plate))""";

    /** The owner's plates, comma-separated, as an SQL expression on {@code o}. */
    public static String plates(SqlDialect sql) {
        return "(SELECT " + sql.joined("v.plate", ", ") + " FROM vehicle v WHERE v.owner = o.id)";
    }

    private OwnerFilter() {
    }

    /**
     * The condition for a search text; without text it is TRUE, so that the database can page
     * through a sorted index instead of testing every row.
     */
    public static String sql(String text) {
        return text == null || text.isBlank() ? "TRUE" : MATCHES;
    }

    public static Map<String, Object> params(String text) {
        String stripped = text == null ? "" : text.strip();
        return Map.of(
                "text", stripped,
                "like", "%" + stripped.toLowerCase(Locale.ROOT) + "%",
                "plate", "%" + Plates.normalize(stripped) + "%");
    }
}
