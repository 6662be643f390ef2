package org.parkgate.access;

import java.util.concurrent.atomic.AtomicInteger;

/** A parking lot: its capacity, policy and how many vehicles are inside now. */
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
        this.policy = policy;
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

    /** Policy changes apply to the next decision. */
    public void policy(LotPolicy newPolicy) {
        policy = newPolicy;
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
