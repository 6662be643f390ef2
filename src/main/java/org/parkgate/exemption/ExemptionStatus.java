package org.parkgate.exemption;

/** Where an exemption stands, as the list shows it (derived from approval and dates). */
public enum ExemptionStatus { PENDING, UPCOMING, ACTIVE, EXPIRING, EXPIRED, REJECTED }
