package org.parkgate.access;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A parking lot: its capacity, policy and how many vehicles are inside now. The policy can be
 * replaced while the lanes run (an office changed its rules): a decision reads it once, so it runs
 * wholly on the old or wholly on the new one, and the counts of who is inside stay as they are.
 */
public final class Lot {

    private final String id;
    private final int capacity;
    private volatile LotPolicy policy;
    private final AtomicInteger inside = new AtomicInteger();

    public Lot(String id, int capacity, LotPolicy policy) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.id = id;
        this.capacity = capacity;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public String id() {
        return id;
    }

    public int capacity() {
        return capacity;
    }

    public LotPolicy policy() {
        return policy;
    }

    /** Policy changes apply to the next decision; the counters are kept. */
    public void policy(LotPolicy newPolicy) {
        policy = Objects.requireNonNull(newPolicy, "policy");
    }

    public int inside() {
        return inside.get();
    }

    void entered() {
        inside.incrementAndGet();
    }

    void left() {
        inside.updateAndGet(count -> Math.max(0, count - 1));
    }

    /** Index rebuild or a manual count correction. */
    public void resetInside(int count) {
        inside.set(Math.max(0, count));
    }
}
