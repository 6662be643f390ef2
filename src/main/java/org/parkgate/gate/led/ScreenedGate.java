package org.parkgate.gate.led;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.parkgate.gate.DisplayMessage;
import org.parkgate.gate.GateAdapter;
import org.parkgate.gate.GateState;
import org.parkgate.gate.ScreenText;
import org.parkgate.gate.ledscreen.LedFrame;
import org.parkgate.gate.ledscreen.LedScreenReading;
import org.parkgate.gate.ledscreen.ScreenFrames;

/**
 * A lane's barrier adapter with its LED screen beside it: every message the lane shows also goes
 * to the screen (at once, without waiting for it), and a screen that has stopped acknowledging
 * shows as the lane's alarm {@value #SILENT} while the barrier reports none of its own.
 */
final class ScreenedGate implements GateAdapter {

    static final String SILENT = "lanes.alarm.screen-silent";

    private final GateAdapter gate;
    private final ScreenFrames frames;
    private final ScreenLink screen;
    private final List<Consumer<GateState>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<GateState> relay = state -> tell();
    private final LedScreenReading mirror;
    private List<String> lastSent = List.of(); // guarded by mirror

    ScreenedGate(GateAdapter gate, ScreenFrames frames, int address, ScreenLink screen) {
        this.gate = gate;
        this.frames = frames;
        this.screen = screen;
        this.mirror = new LedScreenReading(address);
    }

    /** Wired after the link exists: the link tells of a change of its silence through this. */
    void silenceChanged() {
        tell();
    }

    private void tell() {
        GateState now = state();
        listeners.forEach(listener -> listener.accept(now));
    }

    @Override
    public void show(DisplayMessage message) {
        ScreenText text = message.onScreen();
        List<LedFrame> sent = frames.of(text.lines(), text.spoken(), message.qrPayload(), text.amountFen(),
                text.refusal());
        synchronized (mirror) { // read back before the lane's listeners hear of the message
            mirror.clearSpoken();
            sent.forEach(mirror::receive);
            lastSent = sent.stream().map(frame -> HexFormat.ofDelimiter(" ").withUpperCase().formatHex(frame.bytes()))
                    .toList();
        }
        gate.show(message);
        screen.show(sent);
    }

    /** What the screen shows now, read from the frames it was sent. */
    ScreenShown shown() {
        synchronized (mirror) {
            return new ScreenShown(mirror.lines(), mirror.spoken(), mirror.payQr(), mirror.payText(),
                    mirror.payTenths(), lastSent);
        }
    }

    @Override
    public GateState state() {
        GateState state = gate.state();
        return state.alarm() == null && screen.silent() ? state.withHealth(state.health(), SILENT) : state;
    }

    @Override
    public boolean openBarrier(Duration within) {
        return gate.openBarrier(within);
    }

    @Override
    public void closeBarrier() {
        gate.closeBarrier();
    }

    @Override
    public void holdOpen(boolean hold) {
        gate.holdOpen(hold);
    }

    @Override
    public synchronized void addListener(Consumer<GateState> listener) {
        if (listeners.isEmpty()) {
            gate.addListener(relay);
        }
        listeners.add(listener);
    }

    @Override
    public synchronized void removeListener(Consumer<GateState> listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            gate.removeListener(relay);
        }
    }

    @Override
    public void close() {
        screen.close();
        gate.close();
    }
}
