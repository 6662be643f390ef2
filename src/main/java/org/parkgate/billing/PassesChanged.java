package org.parkgate.billing;

/** Published when an owner's passes changed (sold, renewed): the gate recomputes that account. */
public record PassesChanged(long ownerId) {
}
