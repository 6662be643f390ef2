package org.parkgate.gate;

/**
 * Makes display adapters of one kind; a Spring bean per kind. ParkGate asks the provider of a
 * lot's sign {@link DisplayKind} for its adapter at start-up.
 */
public interface DisplayAdapterProvider {

    DisplayKind kind();

    DisplayAdapter create(DisplaySettings settings);
}
