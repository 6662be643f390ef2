package org.parkgate.gate.led;

import java.util.ArrayList;
import java.util.List;
import org.parkgate.gate.ledscreen.LedFrame;

/**
 * A screen on the plate camera's RS-485 port: the frames wait for the camera's next HTTP push,
 * whose answer carries them ({@code serialData}); the camera passes them on and no answer of the
 * screen comes back, so this link is never silent.
 */
final class CameraScreenLink implements ScreenLink {

    private final List<LedFrame> always = new ArrayList<>();
    private List<LedFrame> message = List.of();

    @Override
    public synchronized void show(List<LedFrame> frames) {
        message = List.copyOf(frames);
    }

    @Override
    public synchronized void always(LedFrame frame) {
        always.add(frame);
    }

    /** The frames for the camera's answer now, oldest first; each is handed over once. */
    synchronized List<LedFrame> take() {
        List<LedFrame> frames = new ArrayList<>(always);
        frames.addAll(message);
        always.clear();
        message = List.of();
        return frames;
    }

    @Override
    public boolean silent() {
        return false;
    }

    @Override
    public void close() {
    }
}
