package org.parkgate.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * The few SQL phrases that HSQLDB and PostgreSQL spell differently; everything else ParkGate
 * writes is SQL both understand. Which one is known from {@code spring.datasource.url}.
 */
@Component
public class SqlDialect {

    private final boolean postgres;

    SqlDialect(@Value("${spring.datasource.url}") String url) {
        this.postgres = DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
    }

    public boolean postgres() {
        return postgres;
    }

    /**
     * An aggregate: the values of {@code expression} over the group's rows, in their order, joined
     * by {@code separator} (a literal without quotes).
     */
    public String joined(String expression, String separator) {
        if (separator.contains("'")) {
            throw new IllegalArgumentException("separator with a quote: " + separator);
        }
        return postgres ? "STRING_AGG(" + expression + ", '" + separator + "' ORDER BY " + expression + ")"
                : "GROUP_CONCAT(" + expression + " ORDER BY " + expression + " SEPARATOR '" + separator + "')";
    }

    /** A query whose one row and column is the next value of {@code sequence}. */
    public String nextValue(String sequence) {
        return postgres ? "SELECT nextval('" + sequence + "')" : "CALL NEXT VALUE FOR " + sequence;
    }
}
