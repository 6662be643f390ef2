package org.parkgate.gate;

import org.jspecify.annotations.Nullable;

/**
 * A lane's hardware as last seen: the arm, whether a vehicle is on the loop, what the display
 * shows, whether the hardware answers, and the alarm raised, if any, as a message key (e.g.
 * {@code lanes.alarm.not-opened}: the barrier did not open).
 */
public record GateState(BarrierState barrier, boolean vehiclePresent, DisplayMessage display, GateHealth health,
        @Nullable String alarm) {

    public GateState withBarrier(BarrierState next) {
        return new GateState(next, vehiclePresent, display, health, alarm);
    }

    public GateState withVehiclePresent(boolean present) {
        return new GateState(barrier, present, display, health, alarm);
    }

    public GateState withDisplay(DisplayMessage next) {
        return new GateState(barrier, vehiclePresent, next, health, alarm);
    }

    public GateState withHealth(GateHealth next, @Nullable String nextAlarm) {
        return new GateState(barrier, vehiclePresent, display, next, nextAlarm);
    }
}
