package org.parkgate.access;

/** Lists that override everything else for a plate. */
public enum ListStatus {
    NONE,
    /** Never enters. */
    BLACKLISTED,
    /** Always opens (police, ambulance, fire brigade). */
    ALWAYS_ALLOWED,
    /**
     * A visitor an owner registered for this window: let in as a visitor, also where the lot takes
     * no visitors, and charged by the visitor tariff like any visitor. For unregistered plates only.
     */
    VISITOR,
    /** As {@link #VISITOR}, and the time of the stay within the window is free. */
    FREE_VISITOR;

    /** Whether an owner registered the plate as their visitor. */
    public boolean ownersVisitor() {
        return this == VISITOR || this == FREE_VISITOR;
    }
}
