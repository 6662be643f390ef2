package org.parkgate.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.parkgate.base.Sha256;
import org.springframework.stereotype.Component;

/**
 * Database version 22: the pay links and order tokens stored in clear before version 21 are
 * replaced by their SHA-256, so links already sent keep working. (A class of this name is how
 * Flyway orders a migration written in Java; public for the database copy, which migrates its
 * target without Spring.)
 */
@Component
public class V22__HashClearTokens extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement owners = connection.prepareStatement("SELECT id, pay_token FROM owner WHERE pay_token IS NOT NULL");
                PreparedStatement link = connection.prepareStatement(
                        "INSERT INTO owner_pay_link (owner, generation, legacy_token_hash) VALUES (?, 1, ?)");
                ResultSet rows = owners.executeQuery()) {
            while (rows.next()) {
                // no derived link yet: it is made when the link is next shown, the old one stays valid
                link.setLong(1, rows.getLong(1));
                link.setString(2, Sha256.hex(rows.getString(2)));
                link.executeUpdate();
            }
        }
        try (PreparedStatement orders = connection.prepareStatement("SELECT id, token FROM payment_order");
                PreparedStatement hashed = connection.prepareStatement("UPDATE payment_order SET token_hash = ? WHERE id = ?");
                ResultSet rows = orders.executeQuery()) {
            while (rows.next()) {
                hashed.setString(1, Sha256.hex(rows.getString(2)));
                hashed.setString(2, rows.getString(1));
                hashed.executeUpdate();
            }
        }
    }
}
