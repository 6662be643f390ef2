package org.parkgate.access;

/**
 * A monthly/yearly pass: paid through {@code paidThroughMillis}, usable within {@code windows},
 * with at most {@code maxInside} of its vehicles inside at once.
 */
public record Pass(long passId, long paidThroughMillis, TimeWindows windows, int maxInside, PassUsage usage) {

    public Pass {
        if (windows == null || usage == null || maxInside < 1) {
            throw new IllegalArgumentException("a pass needs windows, usage and at least one vehicle inside");
        }
    }
}
