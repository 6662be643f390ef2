package org.parkgate.access;

import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/** How many vehicles of one pass are inside now. Shared by all plates on the pass. */
public final class PassUsage {

    // a field updater rather than an AtomicInteger: one object less to load per decision
    private static final AtomicIntegerFieldUpdater<PassUsage> INSIDE =
            AtomicIntegerFieldUpdater.newUpdater(PassUsage.class, "inside");

    private volatile int inside;

    public PassUsage() {
        // starts empty; the lanes count vehicles in and out
    }

    public int inside() {
        return inside;
    }

    void entered() {
        INSIDE.incrementAndGet(this);
    }

    void left() {
        INSIDE.updateAndGet(this, count -> Math.max(0, count - 1));
    }
}
