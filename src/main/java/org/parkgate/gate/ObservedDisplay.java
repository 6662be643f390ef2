package org.parkgate.gate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The message and listeners every display adapter keeps: a change replaces the message and tells the listeners. */
public abstract class ObservedDisplay implements DisplayAdapter {

    private final List<Consumer<DisplayMessage>> listeners = new CopyOnWriteArrayList<>();
    private volatile DisplayMessage shown = DisplayMessage.BLANK;

    @Override
    public DisplayMessage shown() {
        return shown;
    }

    @Override
    public void addListener(Consumer<DisplayMessage> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<DisplayMessage> listener) {
        listeners.remove(listener);
    }

    /** Replaces the message and tells every listener, on the calling thread. */
    protected void change(DisplayMessage next) {
        shown = next;
        listeners.forEach(listener -> listener.accept(next));
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
