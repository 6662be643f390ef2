package org.parkgate.gate;

/** Which adapter drives a lane's barrier. */
public enum AdapterKind { SIMULATOR, MODBUS }
