package org.parkgate.billing;

/**
 * Input for a pass plan: price in minor units (fen), usable within {@code windows} (see
 * {@link org.parkgate.access.TimeWindows#parse}), {@code maxInside} of its vehicles inside at once.
 */
public record NewPassPlan(String name, PassPeriod period, long price, Rate rate, String windows, int maxInside) {
}
