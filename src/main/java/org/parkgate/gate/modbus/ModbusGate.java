package org.parkgate.gate.modbus;

import com.ghgande.j2mod.modbus.util.BitVector;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.DisplayMessage;
import org.parkgate.gate.GateHealth;
import org.parkgate.gate.GateState;
import org.parkgate.gate.ModbusSettings;
import org.parkgate.gate.ObservedGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A barrier on a Modbus RTU relay board. Opening pulses the open coil (ON, {@code pulseMs},
 * OFF); the arm-up input must then come up within {@code armUpTimeoutMs}, or the lane raises the
 * alarm "barrier did not open". The arm and loop inputs are polled; an exchange that fails (CRC
 * error, time-out, port gone) is tried {@link #TRIES} times, then the lane is OFFLINE until the
 * board answers again. All exchanges run on the lane's own thread, the port is shared safely.
 */
public class ModbusGate extends ObservedGate {

    static final int TRIES = 3;
    static final long POLL_MILLIS = 200;
    public static final String ALARM_OFFLINE = "lanes.alarm.offline";
    public static final String ALARM_NOT_OPENED = "lanes.alarm.not-opened";
    private static final Logger log = LoggerFactory.getLogger(ModbusGate.class);

    private final String laneId;
    private final ModbusSettings settings;
    private final SharedPort port;
    private final ScheduledExecutorService worker;
    private long openedAt = -1;

    ModbusGate(String laneId, ModbusSettings settings, SharedPort port) {
        this.laneId = laneId;
        this.settings = settings;
        this.port = port;
        this.worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "modbus-" + laneId);
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void openBarrier() {
        worker.execute(() -> {
            if (pulse(settings.openCoil())) {
                openedAt = System.currentTimeMillis();
                change(state().withBarrier(BarrierState.RISING).withHealth(state().health(), null));
            }
        });
    }

    @Override
    public void closeBarrier() {
        worker.execute(() -> pulse(settings.closeCoil()));
    }

    @Override
    public void holdOpen(boolean hold) {
        worker.execute(() -> {
            if (tryExchange(master -> master.writeCoil(settings.unit(), settings.openCoil(), hold)) && hold) {
                openedAt = System.currentTimeMillis();
            }
        });
    }

    @Override
    public void show(DisplayMessage message) {
        change(state().withDisplay(message)); // relay boards have no display; the monitor shows it
    }

    /** Contact closed for the pulse length, then open again; false when the board did not take it. */
    private boolean pulse(int coil) {
        if (!tryExchange(master -> master.writeCoil(settings.unit(), coil, true))) {
            return false;
        }
        sleep(settings.pulseMs());
        return tryExchange(master -> master.writeCoil(settings.unit(), coil, false));
    }

    private void poll() {
        int first = Math.min(settings.armInput(), settings.loopInput());
        int count = Math.abs(settings.armInput() - settings.loopInput()) + 1;
        BitVector[] read = new BitVector[1];
        if (!tryExchange(master -> {
            read[0] = master.readInputDiscretes(settings.unit(), first, count);
            return true;
        })) {
            return;
        }
        boolean armUp = read[0].getBit(settings.armInput() - first);
        boolean vehicle = read[0].getBit(settings.loopInput() - first);
        GateState next = state().withVehiclePresent(vehicle);
        String alarm = state().alarm();
        if (armUp) {
            openedAt = -1;
            next = next.withBarrier(BarrierState.OPEN);
            alarm = null;
        } else if (openedAt >= 0 && System.currentTimeMillis() - openedAt > settings.armUpTimeoutMs()) {
            openedAt = -1;
            next = next.withBarrier(BarrierState.CLOSED);
            alarm = ALARM_NOT_OPENED;
            log.warn("Lane {}: the barrier did not open within {} ms", laneId, settings.armUpTimeoutMs());
        } else if (openedAt < 0) {
            next = next.withBarrier(BarrierState.CLOSED);
        }
        next = next.withHealth(GateHealth.ONLINE, ALARM_OFFLINE.equals(alarm) ? null : alarm);
        if (!next.equals(state())) {
            change(next);
        }
    }

    /** One exchange with up to {@link #TRIES} tries; after the last failure the lane is OFFLINE. */
    private boolean tryExchange(SharedPort.Exchange<?> exchange) {
        Exception last = null;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                port.exchange(exchange);
                if (state().health() == GateHealth.OFFLINE) {
                    log.info("Lane {}: relay board on {} answers again", laneId, port.name());
                    change(state().withHealth(GateHealth.ONLINE, null));
                }
                return true;
            } catch (Exception failed) {
                last = failed;
            }
        }
        if (state().health() != GateHealth.OFFLINE) {
            log.warn("Lane {}: relay board on {} does not answer ({}); lane OFFLINE", laneId, port.name(),
                    last == null ? "?" : last.toString());
            change(state().withHealth(GateHealth.OFFLINE, ALARM_OFFLINE));
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
