package org.parkgate.database;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tables of a schema in an order in which each comes after every table its foreign keys point at. */
final class TableOrder {

    private TableOrder() {
    }

    /** Every table of {@code schema} but Flyway's history, parents first; names in lower case. */
    static List<String> of(DatabaseMetaData meta, String schema) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String table : tables(meta, schema)) {
            if (!table.equalsIgnoreCase("flyway_schema_history")) {
                parents.put(table, new LinkedHashSet<>());
            }
        }
        for (var entry : parents.entrySet()) {
            try (ResultSet keys = meta.getImportedKeys(null, schema, entry.getKey())) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(entry.getKey())) {
                        entry.getValue().add(parent);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String table : parents.keySet()) {
            visit(table, parents, done, new LinkedHashSet<>(), ordered);
        }
        return ordered.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
    }

    /** Every table of {@code schema}, Flyway's history included, as the database names them. */
    static List<String> tables(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> done, Set<String> path,
            List<String> ordered) {
        if (done.contains(table)) {
            return;
        }
        if (!path.add(table)) {
            throw new IllegalStateException("foreign keys in a circle: " + path);
        }
        for (String parent : parents.getOrDefault(table, Set.of())) {
            visit(parent, parents, done, path, ordered);
        }
        path.remove(table);
        done.add(table);
        ordered.add(table);
    }
}
