package org.parkgate.gate;

/** The state and listeners every gate adapter keeps: a change replaces the state and tells the listeners. */
public abstract class ObservedGate extends Observed<GateState> implements GateAdapter {

    protected ObservedGate() {
        super(new GateState(BarrierState.CLOSED, false, DisplayMessage.BLANK, GateHealth.ONLINE, null));
    }

    @Override
    public GateState state() {
        return value();
    }
}
