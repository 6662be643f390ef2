package org.parkgate.access;

/** Lists that override everything else for a plate. */
public enum ListStatus {
    NONE,
    /** Never enters. */
    BLACKLISTED,
    /** Always opens (police, ambulance, fire brigade). */
    ALWAYS_ALLOWED
}
