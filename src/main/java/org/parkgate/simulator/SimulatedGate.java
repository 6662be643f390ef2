package org.parkgate.simulator;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.DisplayMessage;
import org.parkgate.gate.ObservedGate;

/**
 * A barrier, loop detector and display in software. The arm takes {@code riseMillis} to rise and
 * {@code fallMillis} to fall; like a real barrier it comes down by itself once the vehicle has
 * left the loop. Thread-safe: state changes are serialised on this object.
 */
public class SimulatedGate extends ObservedGate {

    private final ScheduledExecutorService timer;
    private final long riseMillis;
    private final long fallMillis;
    private long movement; // a newer movement cancels the pending end of an older one
    private boolean held;
    private long passMillis = -1; // >= 0: the vehicle on the loop drives on this long after the arm is up

    public SimulatedGate(ScheduledExecutorService timer, long riseMillis, long fallMillis) {
        this.timer = timer;
        this.riseMillis = riseMillis;
        this.fallMillis = fallMillis;
    }

    /** A simulated barrier always takes the command at once. */
    @Override
    public boolean openBarrier(Duration within) {
        synchronized (this) {
            if (state().barrier() == BarrierState.OPEN || state().barrier() == BarrierState.RISING) {
                return true;
            }
            change(state().withBarrier(BarrierState.RISING));
            long mine = ++movement;
            timer.schedule(() -> finish(mine, BarrierState.OPEN), riseMillis, TimeUnit.MILLISECONDS);
            return true;
        }
    }

    @Override
    public synchronized void holdOpen(boolean hold) {
        held = hold;
        if (hold) {
            openBarrier(Duration.ZERO);
        } else if (!state().vehiclePresent() && state().barrier() == BarrierState.OPEN) {
            closeBarrier();
        }
    }

    @Override
    public void closeBarrier() {
        synchronized (this) {
            if (held || state().barrier() == BarrierState.CLOSED || state().barrier() == BarrierState.FALLING) {
                return;
            }
            change(state().withBarrier(BarrierState.FALLING));
            long mine = ++movement;
            timer.schedule(() -> finish(mine, BarrierState.CLOSED), fallMillis, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void finish(long mine, BarrierState end) {
        if (mine != movement) {
            return;
        }
        change(state().withBarrier(end));
        if (end == BarrierState.OPEN && !state().vehiclePresent()) {
            closeBarrier(); // opened for nobody, or the vehicle already passed
        } else if (end == BarrierState.OPEN && passMillis >= 0) {
            driveOn();
        }
    }

    /** The vehicle on the loop drives through {@code afterMillis} after the arm is up (at once if it is). */
    public synchronized void driveThroughWhenOpen(long afterMillis) {
        passMillis = afterMillis;
        if (state().barrier() == BarrierState.OPEN) {
            driveOn();
        }
    }

    private void driveOn() {
        long after = passMillis;
        passMillis = -1;
        timer.schedule(this::vehicleLeaves, after, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void show(DisplayMessage message) {
        change(state().withDisplay(message));
    }

    /** A vehicle drives onto the loop in front of the barrier. */
    public synchronized void vehicleArrives() {
        change(state().withVehiclePresent(true));
    }

    /** The vehicle leaves the loop (drove through, or backed away); an open arm then comes down. */
    public synchronized void vehicleLeaves() {
        passMillis = -1;
        change(state().withVehiclePresent(false));
        if (state().barrier() == BarrierState.OPEN) {
            closeBarrier();
        }
    }

    @Override
    public void close() {
        forgetListeners();
    }
}
