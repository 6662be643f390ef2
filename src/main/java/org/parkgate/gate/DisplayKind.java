package org.parkgate.gate;

/** What drives a display that stands on its own (a lot's free-space sign): none, or the simulator's. */
public enum DisplayKind { NONE, SIMULATOR }
