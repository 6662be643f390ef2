package org.parkgate.platelist;

/** Which list an entry puts its plate on. Stored by name: add new ones, never rename. */
public enum PlateListKind {
    /** Refused at every entrance (it may still leave, paying what is due). */
    BLACKLIST,
    /** Opens at every lane whatever the account, the arrears or the free spaces say. */
    ALWAYS_ALLOW
}
