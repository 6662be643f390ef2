package org.parkgate.database;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is compared on both sides of a copy, per table: the rows, and the sum of every number
 * column (the money columns among them: amounts, fees, caps, all in fen).
 */
record TableFigures(long rows, Map<String, BigDecimal> sums) {

    static TableFigures of(Connection db, String table, List<String> numberColumns) throws SQLException {
        List<String> parts = new ArrayList<>(List.of("COUNT(*)"));
        numberColumns.forEach(column -> parts.add("SUM(" + column + ")"));
        try (Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT " + String.join(", ", parts) + " FROM " + table)) {
            row.next();
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (int i = 0; i < numberColumns.size(); i++) {
                sums.put(numberColumns.get(i), row.getBigDecimal(i + 2));
            }
            return new TableFigures(row.getLong(1), sums);
        }
    }

    /** The columns whose sums differ, or where the row counts do ("rows"); empty when all agree. */
    List<String> differences(TableFigures other) {
        List<String> differ = new ArrayList<>();
        if (rows != other.rows) {
            differ.add("rows " + rows + " / " + other.rows);
        }
        sums.forEach((column, sum) -> {
            BigDecimal theirs = other.sums.get(column);
            boolean same = sum == null ? theirs == null : theirs != null && sum.compareTo(theirs) == 0;
            if (!same) {
                differ.add(column + " " + sum + " / " + theirs);
            }
        });
        return differ;
    }
}
