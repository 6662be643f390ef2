package org.parkgate.billing;

/** A pass plan as offered: price in minor units; {@code lot} is the lot whose contract terms apply. */
public record PassPlanRow(long id, String name, PassPeriod period, long price, Rate rate, String windows,
        int maxInside, String lot) {
}
