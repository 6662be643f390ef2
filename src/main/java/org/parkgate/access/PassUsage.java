package org.parkgate.access;

import java.util.concurrent.atomic.AtomicInteger;

/** How many vehicles of one pass are inside now. Shared by all plates on the pass. */
public final class PassUsage {

    private final AtomicInteger inside = new AtomicInteger();

    public int inside() {
        return inside.get();
    }

    void entered() {
        inside.incrementAndGet();
    }

    void left() {
        inside.updateAndGet(count -> Math.max(0, count - 1));
    }

    /** Index rebuild: the count derived from the vehicles recorded inside. */
    void reset(int count) {
        inside.set(count);
    }
}
