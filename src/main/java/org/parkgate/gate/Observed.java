package org.parkgate.gate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What every adapter keeps: its latest value (a gate's state, a display's message) and the
 * listeners told of each change.
 */
public abstract class Observed<T> {

    private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();
    private volatile T value;

    protected Observed(T initial) {
        this.value = initial;
    }

    protected T value() {
        return value;
    }

    public void addListener(Consumer<T> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<T> listener) {
        listeners.remove(listener);
    }

    /** Replaces the value and tells every listener, on the calling thread. */
    protected void change(T next) {
        value = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    protected void forgetListeners() {
        listeners.clear();
    }
}
