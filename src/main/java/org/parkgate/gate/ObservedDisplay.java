package org.parkgate.gate;

/** The message and listeners every display adapter keeps: a change replaces the message and tells the listeners. */
public abstract class ObservedDisplay extends Observed<DisplayMessage> implements DisplayAdapter {

    protected ObservedDisplay() {
        super(DisplayMessage.BLANK);
    }

    @Override
    public DisplayMessage shown() {
        return value();
    }

    @Override
    public void close() {
        forgetListeners();
    }
}
