package org.parkgate.exemption;

import java.time.LocalDate;

/**
 * A request for the vehicle {@code plate}, or with {@code wholeOwner} for every vehicle of its
 * owner (also those added later): {@code amount} is the percentage or the minutes (ignored for
 * FULL); dates inclusive.
 */
public record NewExemption(String plate, boolean wholeOwner, ExemptionKind kind, int amount, LocalDate validFrom,
        LocalDate validUntil, String reason) {
}
