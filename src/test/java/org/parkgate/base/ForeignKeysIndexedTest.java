package org.parkgate.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL every foreign key has an index that starts with its columns, as HSQLDB makes by
 * itself: without one, a look-up by the referencing column reads the whole table (the collection
 * report took minutes for want of payment_allocation's).
 */
class ForeignKeysIndexedTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyForeignKeyHasAnIndex() {
        assumeTrue(TestDatabase.onPostgres(), "HSQLDB indexes its foreign keys by itself");
        assertThat(jdbc.sql("""
                SELECT c.conrelid::regclass || ' (' || c.conname || ')' FROM pg_constraint c
                WHERE c.contype = 'f' AND NOT EXISTS (
                    SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid
                      AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)""")
                .query(String.class).list()).as("foreign keys without an index").isEmpty();
    }
}
