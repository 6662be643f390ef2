package org.parkgate.gate;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * One lane's barrier hardware. Calls return quickly: the physical action (a relay pulse, the arm
 * rising) happens in the background and shows up as state changes to the listeners. An adapter
 * never throws for a hardware fault; it reports it as {@link GateHealth#OFFLINE} or an alarm.
 */
public interface GateAdapter extends AutoCloseable {

    /**
     * Opens the barrier (a momentary contact) if the hardware takes the command within
     * {@code within}: true when it did (the arm then rises in the background and comes down by
     * itself when the loop clears), false when it could not be commanded in time (offline, not
     * answering). A command that missed its time is dropped, never sent late, and a newer command
     * replaces one still waiting: nothing queues up for vehicles long gone. Blocks at most about
     * {@code within}.
     */
    boolean openBarrier(Duration within);

    /** Brings the arm down now (where the barrier has a close input). */
    void closeBarrier();

    /**
     * Emergency: {@code true} raises the arm and keeps it up whatever happens on the loop;
     * {@code false} lets it come down again once the loop is clear.
     */
    void holdOpen(boolean hold);

    /** Shows a message on the lane display. */
    void show(DisplayMessage message);

    /** The state as last read. */
    GateState state();

    /** Called with the new state after every change, on the adapter's thread. */
    void addListener(Consumer<GateState> listener);

    void removeListener(Consumer<GateState> listener);

    /** Releases the hardware (port, threads). */
    @Override
    void close();
}
