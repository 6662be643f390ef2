package org.parkgate.lane;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.access.Plates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.security.OwnerAccess;
import org.parkgate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passage history for staff: every plate read and manual opening kept (at least a year, see
 * {@link PassageArchive}), searched by plate, lane, time and decision, newest first. Pages are
 * read without counting all matches, so a search stays quick over millions of passages.
 */
@Service
public class PassageSearch {

    private final JdbcClient jdbc;

    private final VehicleDirectory vehicles;

    PassageSearch(JdbcClient jdbc, VehicleDirectory vehicles) {
        this.jdbc = jdbc;
        this.vehicles = vehicles;
    }

    /**
     * For the integration API: passages decided in [{@code from}, {@code until}) after the one
     * decided at {@code afterAt} with id {@code afterId}, oldest first, at most {@code limit}.
     */
    @PreAuthorize("hasAuthority('SCOPE_passages:read')")
    @Transactional(readOnly = true)
    public List<Passage> after(Instant from, Instant until, Instant afterAt, long afterId, int limit) {
        return jdbc.sql("SELECT " + PassageRecords.COLUMNS + " FROM passage WHERE decided_at >= :from AND decided_at < :until"
                        + " AND (decided_at > :at OR (decided_at = :at AND id > :id)) ORDER BY decided_at, id LIMIT :limit")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .param("at", Timestamp.from(afterAt)).param("id", afterId)
                .param("limit", Math.min(Math.max(limit, 1), 1000))
                .query(PassageRecords::row)
                .list();
    }

    /**
     * The passages since {@code since} of the vehicles the owner signed in to the portal has now,
     * newest first, at most {@code limit}.
     */
    @PreAuthorize(Role.Names.OWNER_ONLY)
    @Transactional(readOnly = true)
    public List<Passage> ofSignedInOwner(Instant since, int limit) {
        List<String> plates = vehicles.platesOf(OwnerAccess.currentOwner());
        if (plates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + PassageRecords.COLUMNS + " FROM passage WHERE plate IN (:plates)"
                        + " AND decided_at >= :since ORDER BY decided_at DESC, id DESC LIMIT :limit")
                .param("plates", plates)
                .param("since", Timestamp.from(since))
                .param("limit", Math.min(limit, 1000))
                .query(PassageRecords::row)
                .list();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    @Transactional(readOnly = true)
    public List<Passage> find(PassageQuery query) {
        StringBuilder where = new StringBuilder("TRUE");
        Map<String, Object> params = new HashMap<>();
        String plate = Plates.normalize(query.plate() == null ? "" : query.plate());
        if (!plate.isEmpty()) {
            where.append(" AND plate LIKE :plate");
            params.put("plate", plate + "%");
        }
        if (query.laneId() != null) {
            where.append(" AND lane = :lane");
            params.put("lane", query.laneId());
        }
        if (query.from() != null) {
            where.append(" AND decided_at >= :from");
            params.put("from", Timestamp.from(query.from()));
        }
        if (query.until() != null) {
            where.append(" AND decided_at < :until");
            params.put("until", Timestamp.from(query.until()));
        }
        if (query.decision() != null) {
            where.append(switch (query.decision()) {
                case OPENED -> " AND opened AND NOT manual";
                case DENIED -> " AND NOT opened";
                case MANUAL -> " AND manual";
            });
        }
        return jdbc.sql(("SELECT " + PassageRecords.COLUMNS
                        + " FROM passage WHERE %s ORDER BY decided_at DESC, id DESC LIMIT :limit OFFSET :offset")
                        .formatted(where))
                .params(params)
                .param("limit", Math.min(query.limit(), 1000))
                .param("offset", query.offset())
                .query(PassageRecords::row)
                .list();
    }

    /** The newest {@code limit} passages of exactly these plates (as stored, normalised). */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    @Transactional(readOnly = true)
    public List<Passage> ofPlates(Collection<String> plates, int limit) {
        if (plates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + PassageRecords.COLUMNS
                        + " FROM passage WHERE plate IN (:plates) ORDER BY decided_at DESC, id DESC LIMIT :limit")
                .param("plates", plates)
                .param("limit", Math.min(limit, 1000))
                .query(PassageRecords::row)
                .list();
    }
}
