package org.parkgate.base;

import java.util.concurrent.locks.ReentrantLock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Locks held from a point in a transaction until it has committed or rolled back, one per key
 * (keys sharing a stripe wait for each other too, briefly). For "look, and make one if there is
 * none": no row exists yet whose write could be the lock, and HSQLDB's MVCC does not make
 * {@code SELECT ... FOR UPDATE} wait, so the second caller waits here for the first one's commit
 * and then sees its row. A lock in memory is enough because ParkGate is one process over a locked
 * database file. Take it as the last lock of a transaction that does little after it: a holder
 * must not wait for anything that waits for it.
 */
public final class UntilTransactionEnds {

    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public UntilTransactionEnds() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Waits for the key's lock and holds it until the current transaction ends. */
    public void lock(Object key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("Only inside a transaction: the lock is released when it ends");
        }
        ReentrantLock lock = stripes[Math.floorMod(key.hashCode(), stripes.length)];
        lock.lock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }
}
