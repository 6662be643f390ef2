package org.parkgate.gate;

/**
 * Makes adapters of one kind; a Spring bean per kind. ParkGate asks the provider of a lane's
 * {@link AdapterKind} for its adapter at start-up.
 */
public interface GateAdapterProvider {

    AdapterKind kind();

    GateAdapter create(GateSettings settings);
}
