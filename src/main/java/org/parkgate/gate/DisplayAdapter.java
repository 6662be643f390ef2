package org.parkgate.gate;

import java.util.function.Consumer;

/**
 * A display that is not part of a lane's barrier: a lot's free-space sign at the road. Shows the
 * same {@link DisplayMessage} a lane display does; like the gate adapter it never throws for a
 * hardware fault and returns quickly.
 */
public interface DisplayAdapter extends AutoCloseable {

    /** Shows a message (replacing the last one). */
    void show(DisplayMessage message);

    /** What the display shows now, as last sent to it. */
    DisplayMessage shown();

    /** Called with the new message after every change, on the caller's thread. */
    void addListener(Consumer<DisplayMessage> listener);

    void removeListener(Consumer<DisplayMessage> listener);

    @Override
    void close();
}
