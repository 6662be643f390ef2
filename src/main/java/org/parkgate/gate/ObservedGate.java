package org.parkgate.gate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The state and listeners every adapter keeps: a change replaces the state and tells the listeners. */
public abstract class ObservedGate implements GateAdapter {

    private final List<Consumer<GateState>> listeners = new CopyOnWriteArrayList<>();
    private volatile GateState state = new GateState(BarrierState.CLOSED, false, DisplayMessage.BLANK,
            GateHealth.ONLINE, null);

    @Override
    public GateState state() {
        return state;
    }

    @Override
    public void addListener(Consumer<GateState> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<GateState> listener) {
        listeners.remove(listener);
    }

    /** Replaces the state and tells every listener, on the calling thread. */
    protected void change(GateState next) {
        state = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    protected void forgetListeners() {
        listeners.clear();
    }
}
