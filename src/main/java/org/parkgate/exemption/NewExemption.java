package org.parkgate.exemption;

import java.time.LocalDate;

/** A request: {@code amount} is the percentage or the minutes (ignored for FULL); dates inclusive. */
public record NewExemption(String plate, ExemptionKind kind, int amount, LocalDate validFrom, LocalDate validUntil,
        String reason) {
}
