package org.parkgate.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.SqlDialect;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The property's units. Listed for the office; created and edited by managers. Owners refer to a
 * unit by its code; a unit typed for an owner is created on the way.
 */
@Service
public class UnitService {

    private static final String FILTER = """
            (:text = '' OR LOWER(u.code) LIKE :like OR LOWER(u.building) LIKE :like
             OR u.code IN (SELECT o.unit FROM owner o WHERE LOWER(o.name) LIKE :like))""";

    private final JdbcClient jdbc;
    private final SqlDialect sql;
    private final AuditLog audit;

    UnitService(JdbcClient jdbc, SqlDialect sql, AuditLog audit) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.audit = audit;
    }

    /** A page of units in building and code order; {@code text} matches code, building or an owner's name. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<UnitRow> find(String text, int offset, int limit) {
        return page(FILTER, params(text), offset, limit);
    }

    /** The unit with this code; empty when there is none. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public Optional<UnitRow> unit(String code) {
        return page("u.code = :code", Map.of("code", code == null ? "" : code), 0, 1).stream().findFirst();
    }

    private List<UnitRow> page(String condition, Map<String, Object> params, int offset, int limit) {
        return jdbc.sql("""
                        SELECT u.code, u.building, u.area_m2, u.note,
                               (SELECT %s FROM owner o WHERE o.unit = u.code),
                               (SELECT %s
                                FROM owner o JOIN vehicle v ON v.owner = o.id WHERE o.unit = u.code)
                        FROM (SELECT u.* FROM unit u WHERE %s ORDER BY u.building, u.code LIMIT :limit OFFSET :offset) u
                        ORDER BY u.building, u.code""".formatted(sql.joined("o.name", ", "), sql.joined("v.plate", ", "), condition))
                .params(params)
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .param("offset", Math.max(0, offset))
                .query((rs, row) -> new UnitRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                        orEmpty(rs.getString(5)), orEmpty(rs.getString(6))))
                .list();
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public int count(String text) {
        return jdbc.sql("SELECT COUNT(*) FROM unit u WHERE " + FILTER).params(params(text)).query(Integer.class)
                .single();
    }

    /** Creates a unit, or with {@code existing} updates its building, area and note. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void save(String codeAsTyped, @Nullable String building, @Nullable BigDecimal areaM2, @Nullable String note,
            boolean existing) {
        String code = OwnerRules.blankToNull(codeAsTyped);
        if (code == null || OwnerRules.unitProblem(code) != null) {
            throw new RegistryException("error.owner.unit-invalid");
        }
        String buildingText = OwnerRules.blankToNull(building);
        String noteText = OwnerRules.blankToNull(note);
        if (buildingText != null && buildingText.length() > 32 || noteText != null && noteText.length() > 200) {
            throw new RegistryException("error.unit.text-too-long");
        }
        if (areaM2 != null && (areaM2.signum() <= 0 || areaM2.scale() > 2 || areaM2.precision() - areaM2.scale() > 6)) {
            throw new RegistryException("error.unit.area-invalid");
        }
        if (existing) {
            if (jdbc.sql("UPDATE unit SET building = ?, area_m2 = ?, note = ? WHERE code = ?")
                    .params(buildingText, areaM2, noteText, code).update() == 0) {
                throw new RegistryException("error.unit.not-found", code);
            }
            audit.record(AuditAction.UNIT_CHANGED, code, unitDetail(buildingText, areaM2, noteText));
            return;
        }
        try {
            jdbc.sql("INSERT INTO unit (code, building, area_m2, note) VALUES (?, ?, ?, ?)")
                    .params(code, buildingText, areaM2, noteText).update();
        } catch (DuplicateKeyException taken) {
            throw new RegistryException("error.unit.exists", code);
        }
        audit.record(AuditAction.UNIT_CREATED, code, unitDetail(buildingText, areaM2, noteText));
    }

    private static String unitDetail(@Nullable String building, @Nullable BigDecimal areaM2, @Nullable String note) {
        return "building " + orEmpty(building) + ", " + (areaM2 == null ? "" : areaM2.toPlainString() + " m²") + ", "
                + orEmpty(note);
    }

    private static Map<String, Object> params(String text) {
        String stripped = text == null ? "" : text.strip();
        return Map.of("text", stripped, "like", "%" + stripped.toLowerCase(Locale.ROOT) + "%");
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
