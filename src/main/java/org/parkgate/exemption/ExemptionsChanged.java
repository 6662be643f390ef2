package org.parkgate.exemption;

/** Published when a plate's exemptions changed (approved): the gate recomputes that plate. */
public record ExemptionsChanged(String plate) {
}
