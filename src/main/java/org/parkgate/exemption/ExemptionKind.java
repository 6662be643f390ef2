package org.parkgate.exemption;

/** FULL: parks free; PERCENT: that share off visitor fees; FREE_MINUTES: extra free minutes per stay. */
public enum ExemptionKind { FULL, PERCENT, FREE_MINUTES }
