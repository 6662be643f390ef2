package org.parkgate.gate.led;

import java.util.List;
import org.parkgate.gate.ledscreen.LedFrame;

/** How frames reach a screen. Never blocks its caller on the screen, never throws for a fault. */
interface ScreenLink extends AutoCloseable {

    /** The frames of a new message: they replace those of a message not yet sent. */
    void show(List<LedFrame> frames);

    /** A frame that is sent whatever message follows it (the clock). */
    void always(LedFrame frame);

    /** Whether the screen has stopped acknowledging (always false where no answer can come). */
    boolean silent();

    @Override
    void close();
}
