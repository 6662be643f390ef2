package org.parkgate.exemption;

import java.time.LocalDate;

/** An approved exemption as the gate needs it; dates inclusive, in the lot's zone. */
public record GrantedExemption(ExemptionKind kind, int amount, LocalDate validFrom, LocalDate validUntil) {
}
