package org.parkgate.gate;

/** Where the barrier arm is, as far as the adapter knows. */
public enum BarrierState { CLOSED, RISING, OPEN, FALLING }
