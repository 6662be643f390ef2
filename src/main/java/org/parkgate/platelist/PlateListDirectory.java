package org.parkgate.platelist;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only, for the gate's index: per plate, the entries that matter from today on (in force or
 * still to come; ended and past ones are history). The gate decides which applies at each read.
 */
@Component
public class PlateListDirectory {

    private static final String QUERY = """
            SELECT plate, kind, valid_from, valid_until FROM plate_list_entry
            WHERE ended_at IS NULL AND (valid_until IS NULL OR valid_until >= ?) AND %s
            ORDER BY plate, valid_from""";

    private final JdbcClient jdbc;
    private final Clock clock;

    PlateListDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every listed plate with its entries, first day first. */
    @Transactional(readOnly = true)
    public Map<String, List<ListedPlate>> current() {
        Map<String, List<ListedPlate>> listed = new HashMap<>();
        jdbc.sql(QUERY.formatted("TRUE")).param(Date.valueOf(LocalDate.now(clock)))
                .query(rs -> {
                    listed.computeIfAbsent(rs.getString(1), plate -> new ArrayList<>()).add(listed(rs));
                });
        return listed;
    }

    /** One plate's entries, first day first; empty when it is on no list now or later. */
    @Transactional(readOnly = true)
    public List<ListedPlate> currentFor(String plate) {
        return jdbc.sql(QUERY.formatted("plate = ?")).params(Date.valueOf(LocalDate.now(clock)), plate)
                .query((rs, row) -> listed(rs)).list();
    }

    private static ListedPlate listed(ResultSet rs) throws SQLException {
        Date until = rs.getDate(4);
        return new ListedPlate(PlateListKind.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
                until == null ? null : until.toLocalDate());
    }
}
