package org.parkgate.registry;

import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only list of every registered plate with its owner, for the gate's index (built at
 * start-up, before anyone signs in, hence not behind staff roles; it reveals no personal data).
 */
@Component
public class VehicleDirectory {

    private final JdbcClient jdbc;

    VehicleDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public void forEach(Consumer<RegisteredVehicle> visitor) {
        jdbc.sql("SELECT plate, owner FROM vehicle")
                .query(rs -> {
                    visitor.accept(new RegisteredVehicle(rs.getString(1), rs.getLong(2)));
                });
    }

    @Transactional(readOnly = true)
    public java.util.List<String> platesOf(long ownerId) {
        return jdbc.sql("SELECT plate FROM vehicle WHERE owner = ? ORDER BY plate").param(ownerId).query(String.class)
                .list();
    }

    /** The owner of each of these plates that is registered (plates not registered are left out). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> ownersOf(java.util.Collection<String> plates) {
        java.util.Map<String, Long> owners = new java.util.HashMap<>();
        if (!plates.isEmpty()) {
            jdbc.sql("SELECT plate, owner FROM vehicle WHERE plate IN (:plates)").param("plates", plates)
                    .query(rs -> {
                        owners.put(rs.getString("plate"), rs.getLong("owner"));
                    });
        }
        return owners;
    }

    /** Owners who have at least one assigned parking space. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> ownersWithSpaces() {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT owner FROM parking_space WHERE owner IS NOT NULL")
                .query(Long.class).list());
    }

    @Transactional(readOnly = true)
    public boolean hasSpace(long ownerId) {
        return jdbc.sql("SELECT COUNT(*) FROM parking_space WHERE owner = ?").param(ownerId).query(Integer.class)
                .single() > 0;
    }
}
