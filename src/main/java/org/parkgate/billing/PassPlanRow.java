package org.parkgate.billing;

/** A pass plan as offered: price in minor units. */
public record PassPlanRow(long id, String name, PassPeriod period, long price, Rate rate, String windows,
        int maxInside) {
}
