package org.parkgate.billing;

/** Owners usually pay less than non-owners (tenants, neighbours) for the same pass. */
public enum Rate { OWNER, NON_OWNER }
