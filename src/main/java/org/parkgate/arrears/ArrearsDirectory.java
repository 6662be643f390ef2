package org.parkgate.arrears;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parkgate.access.Arrears;
import org.parkgate.access.ArrearsStage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: each owner's arrears as last computed, for the gate's index, which is built at
 * start-up with nobody signed in. Owners not listed owe nothing.
 */
@Component
public class ArrearsDirectory {

    private final JdbcClient jdbc;

    ArrearsDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Map<Long, Arrears> current() {
        Map<Long, Arrears> all = new HashMap<>();
        jdbc.sql("SELECT owner, stage, amount_due, days_overdue FROM owner_arrears").query(rs -> {
            all.put(rs.getLong(1), new Arrears(ArrearsStage.valueOf(rs.getString(2)), rs.getLong(3), rs.getInt(4)));
        });
        return all;
    }

    /**
     * Owners suspended for arrears as last computed: the gate refuses their vehicles at the
     * entrance whatever pass or exemption they have.
     */
    @Transactional(readOnly = true)
    public Set<Long> suspendedOwners() {
        return new HashSet<>(jdbc.sql("SELECT owner FROM owner_arrears WHERE stage = ?")
                .param(ArrearsStage.SUSPENDED.name()).query(Long.class).list());
    }

    /** The stage of each of these owners who owes something, as last computed; the others are left out. */
    @Transactional(readOnly = true)
    public Map<Long, ArrearsStage> stagesOf(Collection<Long> ownerIds) {
        Map<Long, ArrearsStage> stages = new HashMap<>();
        if (!ownerIds.isEmpty()) {
            jdbc.sql("SELECT owner, stage FROM owner_arrears WHERE owner IN (:owners)").param("owners", ownerIds)
                    .query(rs -> {
                        stages.put(rs.getLong("owner"), ArrearsStage.valueOf(rs.getString("stage")));
                    });
        }
        return stages;
    }

    @Transactional(readOnly = true)
    public Arrears of(long ownerId) {
        return jdbc.sql("SELECT stage, amount_due, days_overdue FROM owner_arrears WHERE owner = ?").param(ownerId)
                .query((rs, row) -> new Arrears(ArrearsStage.valueOf(rs.getString(1)), rs.getLong(2), rs.getInt(3)))
                .optional().orElse(Arrears.NONE);
    }
}
