package org.parkgate.gate.modbus;

import com.ghgande.j2mod.modbus.util.BitVector;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * alarm "barrier did not open". An open command has a deadline: it waits in a single slot (a newer
 * one replaces it), is sent only while in time, and is dropped once late, so a board that answers
 * again never gets pulses for vehicles long gone. The arm and loop inputs are polled; an exchange
 * that fails (CRC error, time-out, port gone) is tried {@link #TRIES} times, then the lane is
 * OFFLINE (within about a second of the board falling silent) until the board answers again
 * (polled with one try, so within about half a second). All exchanges run on the lane's own
 * thread, the port is shared safely.
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
    private final AtomicReference<OpenCommand> waiting = new AtomicReference<>();

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
    public boolean openBarrier(Duration within) {
        var command = new OpenCommand(System.nanoTime() + within.toNanos());
        OpenCommand replaced = waiting.getAndSet(command);
        if (replaced != null) {
            replaced.drop();
        }
        worker.execute(this::sendWaitingOpen);
        return command.await(TRIES * (long) SharedPort.TIMEOUT_MILLIS + 100);
    }

    /** On the worker: the waiting open command, if it is still in time. */
    private void sendWaitingOpen() {
        OpenCommand command = waiting.getAndSet(null);
        if (command == null || !command.claim()) {
            return;
        }
        if (state().health() == GateHealth.OFFLINE) {
            // the board does not answer: no frame into the void (a buffer on the way, a pty, would
            // hand it to the board later); the one-try poll notices within half a second when it is back
            command.sent(false);
            return;
        }
        boolean on = tryExchange(master -> master.writeCoil(settings.unit(), settings.openCoil(), true),
                command.deadlineNanos());
        command.sent(on);
        if (on) {
            openedAt = System.currentTimeMillis();
            change(state().withBarrier(BarrierState.RISING).withHealth(state().health(), null));
            sleep(settings.pulseMs());
        }
        // the contact opens again in any case: an ON whose answer was lost may have closed it
        tryExchange(master -> master.writeCoil(settings.unit(), settings.openCoil(), false), Long.MAX_VALUE);
    }

    @Override
    public void closeBarrier() {
        worker.execute(() -> pulse(settings.closeCoil()));
    }

    @Override
    public void holdOpen(boolean hold) {
        worker.execute(() -> {
            if (tryExchange(master -> master.writeCoil(settings.unit(), settings.openCoil(), hold), Long.MAX_VALUE)
                    && hold) {
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
        if (!tryExchange(master -> master.writeCoil(settings.unit(), coil, true), Long.MAX_VALUE)) {
            return false;
        }
        sleep(settings.pulseMs());
        return tryExchange(master -> master.writeCoil(settings.unit(), coil, false), Long.MAX_VALUE);
    }

    private void poll() {
        int first = Math.min(settings.armInput(), settings.loopInput());
        int count = Math.abs(settings.armInput() - settings.loopInput()) + 1;
        BitVector[] read = new BitVector[1];
        if (!tryExchange(master -> {
            read[0] = master.readInputDiscretes(settings.unit(), first, count);
            return true;
        }, Long.MAX_VALUE)) {
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

    /**
     * One exchange with up to {@link #TRIES} tries (one while the lane is OFFLINE, to notice the
     * board's return quickly), none begun after {@code deadlineNanos}; after the last failure the
     * lane is OFFLINE.
     */
    private boolean tryExchange(SharedPort.Exchange<?> exchange, long deadlineNanos) {
        Exception last = null;
        int tries = state().health() == GateHealth.OFFLINE ? 1 : TRIES;
        for (int attempt = 1; attempt <= tries && System.nanoTime() <= deadlineNanos; attempt++) {
            try {
                port.exchange(exchange, deadlineNanos);
                if (state().health() == GateHealth.OFFLINE) {
                    log.info("Lane {}: relay board on {} answers again", laneId, port.name());
                    change(state().withHealth(GateHealth.ONLINE, null));
                }
                return true;
            } catch (Exception failed) {
                last = failed;
            }
        }
        if (last == null) { // out of time before a try: says nothing about the board
            return false;
        }
        if (state().health() != GateHealth.OFFLINE) {
            log.warn("Lane {}: relay board on {} does not answer ({}); lane OFFLINE", laneId, port.name(),
                    last.toString());
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
