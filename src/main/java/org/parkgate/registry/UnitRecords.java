package org.parkgate.registry;

import org.jspecify.annotations.Nullable;
import org.parkgate.base.Upserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure a unit an owner is given exists: a unit typed for the first time is created, its
 * building taken from the part before a dash ("3-1201" is in building 3).
 */
@Component
class UnitRecords {

    private final JdbcClient jdbc;
    private final Upserts upserts;

    UnitRecords(JdbcClient jdbc, Upserts upserts) {
        this.jdbc = jdbc;
        this.upserts = upserts;
    }

    void ensure(@Nullable String code) {
        if (code == null) {
            return;
        }
        upserts.merge(jdbc.sql("""
                        MERGE INTO unit u USING (VALUES (CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(32)))) AS n (code, building)
                        ON u.code = n.code
                        WHEN NOT MATCHED THEN INSERT (code, building) VALUES (n.code, n.building)""")
                .params(code, building(code)));
    }

    static @Nullable String building(String code) {
        int dash = code.indexOf('-');
        return dash > 0 ? code.substring(0, dash) : null;
    }
}
