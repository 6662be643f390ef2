package org.parkgate.simulator;

import org.parkgate.gate.DisplayMessage;
import org.parkgate.gate.ObservedDisplay;

/** A lot's free-space sign in software: it shows what it is sent, and the simulator page draws it. */
public class SimulatedSign extends ObservedDisplay {

    @Override
    public void show(DisplayMessage message) {
        change(message);
    }
}
