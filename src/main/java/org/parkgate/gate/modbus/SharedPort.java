package org.parkgate.gate.modbus;

import com.ghgande.j2mod.modbus.facade.ModbusSerialMaster;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One serial port with its Modbus master, shared by the lanes wired to it (different units). Every
 * exchange runs on the port's own I/O thread, one at a time, so frames never interleave, and the
 * caller waits at most {@link #TIMEOUT_MILLIS} for it: a board that does not answer costs the
 * lane that long, not the seconds the serial library may sit in a read. An exchange that has not
 * begun by its {@code notAfter} time is never begun, so no command goes out late.
 *
 * <p>A board that does not answer leaves the port as it is (a time-out says nothing about the port,
 * and reopening costs time); failures go on closing and reopening it at most every
 * {@link #RECONNECT_MILLIS}, so a cable or USB adapter that comes back is used again without a restart.
 */
final class SharedPort {

    /** How long a board has to answer one request. */
    static final int TIMEOUT_MILLIS = 300;
    /** Failures reopen the port at most this often. */
    static final long RECONNECT_MILLIS = 1000;

    @FunctionalInterface
    interface Exchange<T> {
        T run(ModbusSerialMaster master) throws Exception;
    }

    private final String name;
    private final int baud;
    private final ExecutorService io;
    private volatile ModbusSerialMaster master; // used on the I/O thread (and by close once it has ended)
    private long connectedAt;

    SharedPort(String name, int baud) {
        this.name = name;
        this.baud = baud;
        this.io = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "modbus-io-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One exchange, begun no later than {@code notAfterNanos} (System.nanoTime) and awaited at most the time-out. */
    <T> T exchange(Exchange<T> exchange, long notAfterNanos) throws Exception {
        Future<T> running = io.submit(() -> {
            if (System.nanoTime() > notAfterNanos) {
                throw new TimeoutException("too late to send");
            }
            return onPort(exchange);
        });
        try {
            return running.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException noAnswer) {
            running.cancel(false); // not begun yet: it never will be
            throw new TimeoutException("no answer within " + TIMEOUT_MILLIS + " ms on " + name);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }

    private <T> T onPort(Exchange<T> exchange) throws Exception {
        if (master == null || !master.isConnected()) {
            master = null;
            long sinceConnect = (System.nanoTime() - connectedAt) / 1_000_000;
            if (connectedAt != 0 && sinceConnect < RECONNECT_MILLIS) {
                throw new IOException("port " + name + " not open; next try in " + (RECONNECT_MILLIS - sinceConnect)
                        + " ms");
            }
            connectedAt = System.nanoTime();
            var fresh = new ModbusSerialMaster(SerialSettings.rtu(name, baud), TIMEOUT_MILLIS);
            fresh.setRetries(0); // the adapter counts its own retries
            fresh.connect();
            master = fresh;
        }
        try {
            return exchange.run(master);
        } catch (Exception failed) {
            if ((System.nanoTime() - connectedAt) / 1_000_000 >= RECONNECT_MILLIS) {
                master.disconnect(); // the line itself may be gone: the next exchange opens it afresh
                master = null;
            }
            throw failed;
        }
    }

    void close() {
        io.shutdownNow();
        try {
            if (!io.awaitTermination(1, TimeUnit.SECONDS)) {
                return; // a read still stuck in the serial library: the port closes with the JVM
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (master != null) {
            master.disconnect();
            master = null;
        }
    }

    String name() {
        return name;
    }
}
