package org.parkgate.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Database version 30: owners registered before version 29 get their name order (see
 * {@link NameOrder}; computed in Java, which knows pinyin order), then the list's index on it. (A
 * class of this name is how Flyway orders a migration written in Java; public for the database
 * copy, which migrates its target without Spring.)
 */
@Component
public class V30__FillOwnerNameOrder extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement owners = connection.prepareStatement("SELECT id, name FROM owner");
                PreparedStatement order = connection.prepareStatement("UPDATE owner SET name_order = ? WHERE id = ?");
                ResultSet rows = owners.executeQuery()) {
            int batched = 0;
            while (rows.next()) {
                order.setString(1, NameOrder.of(rows.getString(2)));
                order.setLong(2, rows.getLong(1));
                order.addBatch();
                batched++;
            }
            if (batched > 0) { // an empty batch is an error to the embedded database
                order.executeBatch();
            }
        }
        try (PreparedStatement index = connection.prepareStatement(
                "CREATE INDEX owner_name_order_id ON owner (name_order, id)")) {
            index.execute();
        }
    }
}
