package org.parkgate.exemption;

/** Published when exemptions of an owner's vehicles changed (approved): the gate recomputes that owner. */
public record ExemptionsChanged(long ownerId) {
}
