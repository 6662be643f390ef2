package org.parkgate.base;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a {@code MERGE} (insert the row, or update it when it is there) so that a row another
 * transaction inserts at the same moment makes it update instead of fail. HSQLDB's MERGE waits
 * for the other insert; PostgreSQL's does not and answers with a duplicate key, after which its
 * transaction is unusable. So the statement runs in a savepoint of the caller's transaction (a
 * transaction of its own when there is none) and, on a duplicate key, once more: the other row is
 * committed by then and matches.
 */
@Component
public class Upserts {

    private final TransactionTemplate savepoint;

    Upserts(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The rows the statement changed. */
    public int merge(JdbcClient.StatementSpec statement) {
        try {
            return once(statement);
        } catch (DuplicateKeyException insertedMeanwhile) {
            return once(statement);
        }
    }

    private int once(JdbcClient.StatementSpec statement) {
        Integer changed = savepoint.execute(status -> statement.update());
        return changed == null ? 0 : changed;
    }
}
