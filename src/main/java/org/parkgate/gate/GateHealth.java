package org.parkgate.gate;

/** Whether ParkGate can reach the lane's hardware. */
public enum GateHealth { ONLINE, OFFLINE }
